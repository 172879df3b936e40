import type { Answer, FactLink } from '../answer.js';
import { baseAnswer } from './base.js';

const SCOPE = 'Proclamation 11001 (Section 232, processed critical minerals)';

/**
 * The honest "I don't know", with up to three close questions the bot can answer. It never
 * repeats the question back: whatever was typed (mentions, markdown, another script) stays out of
 * the reply. `reason` says why, when the bot knows (a question about another trade action).
 */
export function missAnswer(suggestions: FactLink[], score: number, emptyQuestion: boolean, reason?: string): Answer {
  const close = suggestions.slice(0, 3);
  const lead = emptyQuestion
    ? `Ask me a question about ${SCOPE}, for example when the 180-day deadline is or whether a tariff applies.`
    : (reason ?? `I could not find a confident answer to that in what I know about ${SCOPE}.`);
  const offer = close.length > 0 ? `\n\nClose questions I can answer:\n${close.map((s) => `• ${s.title}`).join('\n')}` : '';
  const text = `${lead}${offer}\n\n/help lists what I can do.`;
  return { ...baseAnswer('miss', 'No confident answer', text, score), answered: false, suggestions: close };
}
