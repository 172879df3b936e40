import type { KnowledgeBase } from '../../knowledge/model.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import type { Answer, FactLink } from '../answer.js';
import type { EntityIndex } from '../entities.js';
import type { RelatedFinder } from '../related.js';

/** What every rule may use besides the question: the knowledge, its indexes, and the registry itself. */
export interface RuleContext {
  kb: KnowledgeBase;
  entities: EntityIndex;
  related: RelatedFinder;
  analyse(question: string): QuestionAnalysis;
  /** Facts to offer when nothing is close to the question. */
  starters(): FactLink[];
  /** The registry on another question (a part of this one, or a rewrite), without the rules named in `skip`. */
  answer(analysis: QuestionAnalysis, now: Date, skip: ReadonlySet<string>): Answer;
}

/**
 * One intent: it answers the question or passes (null). Rules are tried in the registry's order
 * and the first answer wins; its name goes into the answer as `intent`.
 */
export interface Rule {
  readonly name: string;
  answer(analysis: QuestionAnalysis, ctx: RuleContext, now: Date): Answer | null;
}
