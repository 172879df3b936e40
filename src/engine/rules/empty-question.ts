import { missAnswer } from '../answers/miss.js';
import type { Rule } from './rule.js';

/** Nothing to read (empty, emoji, punctuation): say what the bot is for. */
export const emptyQuestion: Rule = {
  name: 'empty-question',
  answer: (analysis, ctx) => (/[\p{L}\p{N}]/u.test(analysis.text) ? null : missAnswer(ctx.starters(), 0, true)),
};
