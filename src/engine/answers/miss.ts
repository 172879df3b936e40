import type { Answer, FactLink } from '../answer.js';
import { baseAnswer } from './base.js';

/**
 * The honest "I don't know". It never repeats the question back: whatever was typed (mentions,
 * markdown, another script) stays out of the reply.
 */
export function missAnswer(suggestions: FactLink[], score: number, emptyQuestion: boolean): Answer {
  const text = emptyQuestion
    ? 'Ask me a question about Proclamation 11001 (Section 232, processed critical minerals), for example when the 180-day deadline is or whether a tariff applies. /help lists what I can do.'
    : suggestions.length > 0
      ? 'I could not find a confident answer to that in what I know about Proclamation 11001. Did you mean one of these?'
      : 'I could not find a confident answer to that in what I know about Proclamation 11001 (Section 232, processed critical minerals). /help lists what I can do.';
  return { ...baseAnswer('miss', 'No confident answer', text, score), answered: false, suggestions: suggestions.slice(0, 3) };
}
