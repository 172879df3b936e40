import { MIN_SUGGESTION_SCORE } from '../abstain.js';
import { dateLiterals, speaksOf } from '../analysis/date-literals.js';
import { factAnswer } from '../answers/fact.js';
import type { Rule } from './rule.js';

/**
 * "Is it July 13 or July 14?", "Oct 12 or Oct 24 for the report?": two dates weighed against each
 * other. The fact that speaks of every one of them is the answer (the best-ranking such fact), since
 * it is the one that says which date is which.
 */
export const datesWeighed: Rule = {
  name: 'dates-weighed',
  answer(analysis, ctx, now) {
    const literals = dateLiterals(analysis.terms);
    if (literals.length < 2) return null;
    for (const score of analysis.ranked) {
      if (score.score < MIN_SUGGESTION_SCORE) break;
      const fact = ctx.kb.factById.get(score.id);
      if (fact && literals.every((l) => speaksOf(l, fact.answer))) return factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, score.score), now, { yesNo: analysis.aspects.has('yes-no') });
    }
    return null;
  },
};
