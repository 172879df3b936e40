import { isConfident } from '../abstain.js';
import { factAnswer, isDue } from '../answers/fact.js';
import type { Rule } from './rule.js';

/**
 * The fact that ranks best, when it clears the confidence bar. A fact telling what followed an
 * event ("what happened after the deadline") is no answer before that event's day: the next one is.
 */
export const rankedFact: Rule = {
  name: 'ranked-fact',
  answer(analysis, ctx, now) {
    const best = analysis.ranked.find((s) => isDue(ctx.kb, s.id, now));
    const fact = isConfident(best) ? ctx.kb.factById.get(best.id) : undefined;
    if (!fact || !best) return null;
    return factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, best.score), now, { yesNo: analysis.aspects.has('yes-no') });
  },
};
