import { missAnswer } from '../answers/miss.js';
import type { Rule } from './rule.js';

/** "2+2", "42?": numbers alone match some fact's figures by chance; they ask nothing about it. */
export const numbersOnly: Rule = {
  name: 'numbers-only',
  answer(analysis, ctx) {
    const terms = analysis.terms;
    return terms.length > 0 && terms.every((t) => /^\d{1,3}$/.test(t.term)) ? missAnswer(ctx.starters(), 0, false) : null;
  },
};
