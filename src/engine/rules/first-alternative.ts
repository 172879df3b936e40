import type { Rule } from './rule.js';

/**
 * "Is it actually an executive order, or is that a different kind of document?": the second half
 * of an either-or question restates the first in other words ("or did its job end with the
 * report?"). When the whole question finds no answer, the first alternative, asked alone, is the
 * question; its answer settles the second.
 */
const ALTERNATIVE = /^(?<first>.{12,}?),?\s+or\s+(?:is|are|was|were|do|does|did|will|would|can|could|has|have|should|just|only|more)\b.{3,}$/i;
// Rules that only speak of what a question names are no answer to it asked again.
const SKIP = new Set(['first-alternative', 'main-mention', 'mineral-as-category']);

export const firstAlternative: Rule = {
  name: 'first-alternative',
  answer(analysis, ctx, now) {
    const first = ALTERNATIVE.exec(analysis.text)?.groups?.first;
    if (!first) return null;
    const answer = ctx.answer(ctx.analyse(`${first}?`), now, SKIP);
    return answer.answered ? { ...answer, intent: `first-alternative/${answer.intent}` } : null;
  },
};
