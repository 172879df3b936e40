import { addMonths, daysBetween, formatDateWithWeekday, isoDateOf } from '../../knowledge/dates.js';
import type { KnowledgeBase, LoadedEvent, LoadedFact } from '../../knowledge/model.js';
import type { CountUnit, TimeHorizon } from '../analysis/time-horizon.js';
import type { Answer, FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { baseAnswer } from './base.js';
import { link, withoutVerdict } from './fact.js';
import { tensed } from './in-tense.js';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const counted = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * "How many weeks until …?", "how many months ago …?": the time between two dates (ISO, either
 * order) in the unit asked, whole weeks or calendar months and the days left over.
 */
export function inUnit(a: string, b: string, unit: CountUnit): string {
  const [from, to] = a <= b ? [a, b] : [b, a];
  let whole = 0;
  if (unit === 'week') whole = Math.floor(daysBetween(from, to) / 7);
  else while (addMonths(from, whole + 1) <= to) whole += 1;
  const rest = unit === 'week' ? daysBetween(from, to) % 7 : daysBetween(addMonths(from, whole), to);
  return `${counted(whole, unit)}${rest > 0 ? ` and ${days(rest)}` : ''}`;
}

/**
 * One event against the reader's day, in the tense that day calls for: "The 180-day negotiation
 * window closed on Monday, July 13, 2026, 141 days ago." Counted in whole UTC calendar days.
 */
export function eventSentence(event: LoadedEvent, now: Date): string {
  const left = daysBetween(isoDateOf(now), event.date);
  const when = formatDateWithWeekday(event.date);
  if (left < 0) return `${event.past ?? `${event.title}:`} on ${when}, ${days(-left)} ago.`;
  if (left === 0) return `${event.upcoming ?? event.past ?? `${event.title}:`} today, ${when}.`;
  return `${event.upcoming ?? `${event.title}:`} on ${when}, in ${days(left)}.`;
}

/** Whether a period an event closes is still open on `now`'s day (open through its last day). */
export function isOpen(event: LoadedEvent, now: Date): boolean {
  return isoDateOf(now) <= event.date;
}

/**
 * "Is the window still open?" / "has it closed?": the verdict for what was asked, then the date.
 * `asksClosed` says which way a yes/no question was put, so "has it closed?" on a closed window is
 * a yes; null when the question wants no verdict ("how long ago did it close?").
 */
export function periodStatusSentence(event: LoadedEvent, now: Date, asksClosed: boolean | null): string {
  const period = event.closes ?? event.title;
  const open = isOpen(event, now);
  const verdict = asksClosed === null ? '' : open !== asksClosed ? 'Yes. ' : 'No. ';
  const left = daysBetween(isoDateOf(now), event.date);
  const when = formatDateWithWeekday(event.date);
  if (open) return `${verdict}${capitalised(period)} is still open: it closes ${left === 0 ? `today, ${when}` : `on ${when}, in ${days(left)}`}.`;
  return `${verdict}${capitalised(period)} closed on ${when}, ${days(-left)} ago.`;
}

/**
 * "How many days of the window have gone by?": how far a period counted from `start` to `end` has
 * run on `now`'s day, and what is left of it.
 */
export function progressSentence(start: LoadedEvent, end: LoadedEvent, now: Date): string {
  const today = isoDateOf(now);
  const total = daysBetween(start.date, end.date);
  const gone = daysBetween(start.date, today);
  const period = end.closes ?? end.title;
  const from = formatDateWithWeekday(start.date);
  const to = formatDateWithWeekday(end.date);
  if (gone < 0) return `None of its ${total} days has gone by yet: ${period} opens on ${from} and closes on ${to}.`;
  if (gone >= total) return `All ${total} of its days have gone by: ${period} opened on ${from} and closed on ${to}, ${days(gone - total)} ago.`;
  return `${gone} of its ${total} days have gone by: ${period} opened on ${from} and closes on ${to}, in ${days(total - gone)}.`;
}

/**
 * "Is the deadline in the next 2 weeks?", "did it close last week?": whether the day falls in the
 * span the question names, then the day itself. A span with no end ("soon") gets no verdict while
 * the day is still ahead.
 */
export function horizonSentence(event: LoadedEvent, horizon: TimeHorizon, now: Date): string {
  return `${horizonVerdict(event, horizon, now)} ${eventSentence(event, now)}`.trim();
}

function horizonVerdict(event: LoadedEvent, horizon: TimeHorizon, now: Date): string {
  const ahead = isOpen(event, now);
  const before = horizon.first !== undefined && event.date < horizon.first;
  const after = horizon.last !== undefined && event.date > horizon.last;
  if (horizon.past && ahead) return 'No, that day is still ahead.';
  if (!horizon.past && !ahead) return 'No, that day has passed.';
  if (before) return horizon.past ? 'No, earlier than that.' : 'No, sooner than that.';
  if (after) return horizon.past ? 'No, more recently than that.' : 'No, not that soon.';
  return horizon.last === undefined ? '' : 'Yes.';
}

const dated = (e: LoadedEvent) => `• ${e.title}: ${formatDateWithWeekday(e.date)}`;

/** "Was A before B?": the verdict and the gap, then both dates. `asked` is null for "which came first". */
export function comparisonSentence(first: LoadedEvent, second: LoadedEvent, asked: 'before' | 'after' | 'same' | null): string {
  const gap = daysBetween(second.date, first.date);
  const holds = asked === 'before' ? gap < 0 : asked === 'after' ? gap > 0 : gap === 0;
  const verdict = asked === null ? '' : holds ? 'Yes, ' : 'No, ';
  const order = gap === 0 ? 'on the same day' : `${days(Math.abs(gap))} ${gap < 0 ? 'before' : 'after'}`;
  return capitalised(`${verdict}${order}.\n${dated(first)}\n${dated(second)}`);
}

/** "Which came first, A or B?": the earlier one, then the later one with the days between them. */
export function orderSentence(a: LoadedEvent, b: LoadedEvent, now: Date): string {
  const [first, then] = a.date <= b.date ? [a, b] : [b, a];
  const gap = daysBetween(first.date, then.date);
  if (gap === 0) return `Same day for both:\n${eventSentence(first, now)}\n${eventSentence(then, now)}`;
  return `First: ${eventSentence(first, now)}\nThen, ${days(gap)} later: ${eventSentence(then, now)}`;
}

/** "How long between A and B?": the number of days, then both dates in order. */
export function spanSentence(a: LoadedEvent, b: LoadedEvent, unit: CountUnit | null = null): string {
  const [from, to] = a.date <= b.date ? [a, b] : [b, a];
  const asked = unit ? ` (${inUnit(from.date, to.date, unit)})` : '';
  return `${days(daysBetween(from.date, to.date))} apart${asked}.\n${dated(from)}\n${dated(to)}`;
}

export interface EventDateParts {
  title: string;
  /** The sentences that answer the question, already in tense. */
  lead: string;
  events: readonly LoadedEvent[];
  related: FactLink[];
  /** The fact that best explains these dates for this question, said after the lead instead of the events' descriptions. */
  explanation?: LoadedFact;
}

/** A date answer: the lead, what the dates mean, and the facts that explain them (ids, sources, related). */
export function eventDateAnswer(kb: KnowledgeBase, parts: EventDateParts, now: Date): Answer {
  const explaining = [parts.explanation, ...parts.events.map((e) => (e.explainedBy ? kb.factById.get(e.explainedBy) : undefined))].filter((f): f is LoadedFact => f !== undefined);
  const about = parts.explanation ? tensed(kb, withoutVerdict(parts.explanation.answer), now) : parts.events.map((e) => tensed(kb, e.description, now)).join(' ');
  const factIds = [...new Set(explaining.map((f) => f.id))];
  return {
    ...baseAnswer('composed', parts.title, `${parts.lead}\n\n${about}`),
    factIds,
    sources: citeSources(kb, [...parts.events.flatMap((e) => e.sources), ...explaining.flatMap((f) => f.sources)], 4),
    related: [...parts.related, ...explaining.map(link)].filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i && !factIds.includes(l.id)).slice(0, 5),
    dates: parts.events.map((e) => ({ label: e.title, date: e.date })),
  };
}
