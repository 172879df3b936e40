import type { KnowledgeBase, LoadedEvent } from '../knowledge/model.js';
import { daysBetween, formatDate, isoDateOf } from '../knowledge/dates.js';

/** The derived event every live countdown is measured against (signing + 180 days). */
export const WINDOW_END_EVENT = 'negotiation-window-end';
export const SIGNING_EVENT = 'proclamation-signed';

export function windowEnd(kb: KnowledgeBase): LoadedEvent | undefined {
  return kb.eventById.get(WINDOW_END_EVENT);
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * One sentence relating the injected clock to the end of the 180-day window, counted in whole
 * UTC calendar days: "As of November 28, 2026, the window closed 138 days ago (July 13, 2026)."
 */
export function windowStatusLine(kb: KnowledgeBase, now: Date): string | null {
  const end = windowEnd(kb);
  if (!end) return null;
  const today = isoDateOf(now);
  const left = daysBetween(today, end.date);
  const asOf = `As of ${formatDate(today)}`;
  if (left > 0) return `${asOf}, ${days(left)} ${left === 1 ? 'remains' : 'remain'} until the 180-day window ends on ${formatDate(end.date)}.`;
  if (left === 0) return `${asOf}, today (${formatDate(end.date)}) is the last day of the 180-day window.`;
  return `${asOf}, the window closed ${days(-left)} ago (it ended on ${formatDate(end.date)}).`;
}

/** Whether a fact's text talks about the end of the window, so its answer gets the live line. */
export function mentionsWindowEnd(kb: KnowledgeBase, text: string): boolean {
  const end = windowEnd(kb);
  return end !== undefined && text.includes(formatDate(end.date));
}
