import type { KnowledgeBase } from '../knowledge/model.js';
import type { Answer, FactLink } from './answer.js';
import { isConfident, MIN_SUGGESTION_SCORE } from './abstain.js';
import { agencyAnswer } from './answers/agencies.js';
import { factAnswer, link } from './answers/fact.js';
import { glossaryAnswer } from './answers/glossary.js';
import { helpAnswer } from './answers/help.js';
import { mineralAnswer } from './answers/minerals.js';
import { missAnswer } from './answers/miss.js';
import { sourcesAnswer } from './answers/sources.js';
import { displayName, type EntityRef } from './entities.js';
import { asksCountdown } from './countdown-intent.js';
import { entityIntent, mainMention } from './entity-intent.js';
import { FEATURED } from './featured.js';
import { metaIntent } from './meta-intent.js';
import { withMineralsAsCategory } from './mineral-as-category.js';
import type { RelatedFinder } from './related.js';
import type { QuestionSearch, SearchOutcome } from './search/question-search.js';
import { sanitizeQuestion } from './text/sanitize.js';

export interface AskContext {
  kb: KnowledgeBase;
  search: QuestionSearch;
  related: RelatedFinder;
  /** Facts to offer when a question matches nothing at all. */
  starterFacts(): FactLink[];
}

export function entityAnswer(ctx: AskContext, ref: EntityRef): Answer {
  const related = ctx.related.forText(displayName(ref));
  if (ref.kind === 'mineral') return mineralAnswer(ctx.kb, ref.entity, related);
  if (ref.kind === 'agency') return agencyAnswer(ctx.kb, ref.entity, related);
  return glossaryAnswer(ctx.kb, ref.entity, related);
}

function suggestionsFor(ctx: AskContext, outcome: SearchOutcome | null): FactLink[] {
  const close = (outcome?.ranked ?? [])
    .filter((s) => s.score >= MIN_SUGGESTION_SCORE)
    .slice(0, 3)
    .map((s) => ctx.kb.factById.get(s.id))
    .filter((f) => f !== undefined)
    .map(link);
  return close.length > 0 ? close : ctx.starterFacts().slice(0, 3);
}

/**
 * What a question is, decided in order: a question about the bot itself (help, sources), a
 * mineral, agency or term named on its own (answered from the entity, even when a fact happens to
 * share the phrasing), a countdown question (the window-end fact with its live line), a confident
 * fact, a fact about critical minerals in general when the question asks it of one listed
 * mineral, an entity named among other words that no fact answers, or an honest miss.
 */
export function answerQuestion(ctx: AskContext, question: string, now: Date): Answer {
  const text = sanitizeQuestion(question);
  if (!/[\p{L}\p{N}]/u.test(text)) return missAnswer(ctx.starterFacts().slice(0, 3), 0, true);
  const outcome = ctx.search.search(text);
  const meta = metaIntent(outcome);
  if (meta === 'help') return helpAnswer(ctx.kb);
  if (meta === 'sources') return sourcesAnswer(ctx.kb);
  // "2+2", "42?": numbers alone match some fact's figures by chance; they ask nothing about it.
  if (outcome.analysis.terms.length > 0 && outcome.analysis.terms.every((t) => /^\d{1,3}$/.test(t.term))) return missAnswer(ctx.starterFacts().slice(0, 3), 0, false);
  const best = outcome.ranked[0];
  const confident = isConfident(best);
  const entity = entityIntent(outcome);
  if (entity) return entityAnswer(ctx, entity);
  const windowFact = asksCountdown(outcome) ? ctx.kb.factById.get(FEATURED.windowEnd) : undefined;
  if (windowFact) return factAnswer(ctx.kb, windowFact, ctx.related.forFact(windowFact), 1, now);
  if (confident) {
    const fact = ctx.kb.factById.get(best.id);
    if (fact) return factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, best.score), now);
  }
  const general = withMineralsAsCategory(text, outcome);
  const generalBest = general === null ? undefined : ctx.search.search(general).ranked[0];
  if (isConfident(generalBest)) {
    const fact = ctx.kb.factById.get(generalBest.id);
    if (fact) return factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, generalBest.score), now);
  }
  const named = mainMention(outcome);
  if (named) return entityAnswer(ctx, named);
  return missAnswer(suggestionsFor(ctx, outcome), Math.min(1, best?.score ?? 0), false);
}
