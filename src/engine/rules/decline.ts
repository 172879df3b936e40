import { MIN_SUGGESTION_SCORE } from '../abstain.js';
import { asQuestion } from '../answers/fact.js';
import { missAnswer } from '../answers/miss.js';
import type { FactLink } from '../answer.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import type { RuleContext } from './rule.js';
import type { Rule } from './rule.js';

/** Up to three facts close to the question, as questions the bot can answer; the starter questions when nothing is close. */
export function closeQuestions(analysis: QuestionAnalysis, ctx: RuleContext): FactLink[] {
  const close = analysis.ranked
    .filter((s) => s.score >= MIN_SUGGESTION_SCORE)
    .slice(0, 3)
    .map((s) => ctx.kb.factById.get(s.id))
    .filter((f) => f !== undefined)
    .map(asQuestion);
  return close.length > 0 ? close : ctx.starters().slice(0, 3);
}

/** The last rule: an honest miss that still helps, with close questions to try. */
export const decline: Rule = {
  name: 'decline',
  answer: (analysis, ctx) => missAnswer(closeQuestions(analysis, ctx), Math.min(1, analysis.ranked[0]?.score ?? 0), false),
};
