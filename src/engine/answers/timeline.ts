import type { KnowledgeBase } from '../../knowledge/model.js';
import { formatDate } from '../../knowledge/dates.js';
import type { Answer } from '../answer.js';
import { citeSources } from '../cite.js';
import { windowStatusLine } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import { firstSentence } from '../text/clip.js';
import { baseAnswer, field } from './base.js';
import { link } from './fact.js';

/**
 * Dated events oldest first; computed dates say so, because they were derived, not reported. The
 * events are fields only: listing them again as date lines would show every date twice.
 */
export function timelineAnswer(kb: KnowledgeBase, now: Date): Answer {
  const events = kb.events.filter((e) => e.timeline).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const first = events[0];
  const last = events[events.length - 1];
  const span = first && last ? `${events.length} dates from ${formatDate(first.date)} to ${formatDate(last.date)}, oldest first.` : 'No dated events are known.';
  const text = [span, windowStatusLine(kb, now)].filter(Boolean).join(' ');
  const overview = kb.factById.get(FEATURED.timeline);
  return {
    ...baseAnswer('timeline', 'Timeline of Proclamation 11001', text),
    fields: events.map((e) => field(`${formatDate(e.date)}${e.derived ? ' (computed)' : ''}`, `${e.title}: ${firstSentence(e.description, 200)}`)),
    sources: citeSources(kb, events.flatMap((e) => e.sources), 10),
    related: overview ? [link(overview)] : [],
  };
}
