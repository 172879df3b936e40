import type { KnowledgeBase, LoadedFact } from '../../knowledge/model.js';
import type { Answer, AnswerDate } from '../answer.js';
import { citeSources } from '../cite.js';
import { SIGNING_EVENT, windowEnd, windowStatusLine } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import { baseAnswer, field } from './base.js';
import { link } from './fact.js';

/**
 * The 180-day deadline: where today stands, what the deadline means, and the dates behind it.
 * The update to the President is due within the same 180 days (dossier F2), so it shares the date.
 */
export function deadlineAnswer(kb: KnowledgeBase, now: Date): Answer {
  const signed = kb.eventById.get(SIGNING_EVENT);
  const end = windowEnd(kb);
  const main = kb.factById.get(FEATURED.windowEnd);
  const after = kb.factById.get(FEATURED.afterWindow);
  const live = windowStatusLine(kb, now);
  const text = [live, main?.answer].filter(Boolean).join('\n\n') || 'The negotiation deadline is not in the knowledge base.';
  const dates: AnswerDate[] = [];
  if (signed) dates.push({ label: 'Proclamation signed', date: signed.date });
  if (end) {
    dates.push({ label: end.title, date: end.date });
    dates.push({ label: 'Update on the negotiations due', date: end.date });
  }
  const fields = after ? [field(after.title, after.answer)] : [];
  const used = [main, after].filter((f): f is LoadedFact => f !== undefined);
  return {
    ...baseAnswer('deadline', 'The 180-day deadline', text),
    factIds: used.map((f) => f.id),
    sources: citeSources(kb, [...used.flatMap((f) => f.sources), ...(end?.sources ?? [])]),
    related: (main?.related ?? []).map((id) => kb.factById.get(id)).filter((f): f is LoadedFact => f !== undefined && f.id !== after?.id).map(link),
    fields,
    dates,
  };
}
