import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Answer } from '../answer.js';
import { isShown } from '../../knowledge/source-rank.js';
import { baseAnswer } from './base.js';

/**
 * What the bot is and how it answers. The list of commands is not the engine's to know: each front
 * end adds it from the command specs it serves.
 */
export function helpAnswer(kb: KnowledgeBase): Answer {
  const shown = kb.sources.filter(isShown).length;
  const text = `I answer questions about Proclamation 11001 of January 14, 2026 (Section 232, processed critical minerals) from ${kb.facts.length} checked facts and ${shown} public sources, each answer pointing to its strongest sources. Day counts are worked out for today's date, and when I do not know something I say so.`;
  return baseAnswer('help', 'What I can do', text);
}
