import { addDays, addMonths } from '../../knowledge/dates.js';

/**
 * How far ahead or back a question looks: "in the next 2 weeks" ends 14 days after today, "this
 * month" at the month's end, "next month" spans the month after, "last week" the fortnight just
 * gone (a week read generously), "soon" nowhere in particular (`last` undefined: only whether the
 * day is still ahead can be told).
 */
export interface TimeHorizon {
  /** The first day (ISO) of the span, when it does not start today ("next month"). */
  first?: string;
  /** The last day (ISO) the question counts as within reach, when it names a span. */
  last?: string;
  /** A span behind today ("last week", "yesterday"), asked of a day that should have passed in it. */
  past?: true;
}

const A_FEW = 3;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, couple: 2, 'a couple': 2, 'a couple of': 2, three: 3, few: A_FEW, 'a few': A_FEW, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
const SPAN = /\b(?:in|within|over|during) (?:the )?(?:next|coming) (?<n>\d{1,3}|a couple(?: of)?|a few|few|couple|one|two|three|four|five|six|seven|ten)? ?(?<unit>days?|weeks?|months?)\b|\b(?:in|within) (?<n2>\d{1,3}|a couple(?: of)?|a few|a|one|two|three|four|five|six|seven|ten) (?<unit2>days?|weeks?|months?)\b/;
const CALENDAR = /\b(?<which>this|next) (?<unit>week|month|year)\b/;
const PAST_SPAN = /\b(?:in |over |during |within )?(?:the )?(?:last|past|previous) (?<n>\d{1,3}|a couple(?: of)?|a few|few|couple|one|two|three|four|five|six|seven|ten)? ?(?<unit>days?|weeks?|months?)\b/;
const VAGUE = /\b(?:soon|coming up|upcoming|imminent|approaching|around the corner|any day now)\b/;

const endOfMonth = (iso: string): string => addDays(addMonths(`${iso.slice(0, 7)}-01`, 1), -1);

/** The horizon a question names, read from its words against today, or null when it names none. */
export function timeHorizon(words: string, today: string): TimeHorizon | null {
  if (/\byesterday\b/.test(words)) return { first: addDays(today, -1), last: addDays(today, -1), past: true };
  const behind = PAST_SPAN.exec(words);
  // "The last day to comment" names a day, not a span behind us.
  if (behind?.groups && !(behind.groups.n === undefined && behind.groups.unit === 'day')) {
    const unit = (behind.groups.unit ?? 'day').replace(/s$/, '');
    const count = behind.groups.n;
    // "Last week", "last month": the one just gone; "the last 3 weeks": all of them up to today.
    if (count === undefined && unit === 'month') {
      const month = `${addMonths(today, -1).slice(0, 7)}-01`;
      return { first: month, last: endOfMonth(month), past: true };
    }
    const times = count === undefined ? 1 : /^\d+$/.test(count) ? Number(count) : (COUNT_WORDS[count] ?? 1);
    const first = unit === 'month' ? addMonths(today, -times) : addDays(today, -(unit === 'week' ? 7 * times : times) - (count === undefined ? 7 : 0));
    return { first, last: count === undefined ? addDays(today, -1) : today, past: true };
  }
  const span = SPAN.exec(words);
  if (span?.groups) {
    const count = span.groups.n ?? span.groups.n2;
    const units = span.groups.unit ?? span.groups.unit2 ?? 'day';
    // "In the coming months" counts as a few of them, "in the next month" as one.
    const times = count === undefined ? (units.endsWith('s') ? A_FEW : 1) : /^\d+$/.test(count) ? Number(count) : (COUNT_WORDS[count] ?? 1);
    const unit = units.replace(/s$/, '');
    return { last: unit === 'month' ? addMonths(today, times) : addDays(today, unit === 'week' ? 7 * times : times) };
  }
  const calendar = CALENDAR.exec(words);
  if (calendar?.groups) {
    const next = calendar.groups.which === 'next';
    if (calendar.groups.unit === 'week') return next ? { first: addDays(today, 7), last: addDays(today, 14) } : { last: addDays(today, 7) };
    if (calendar.groups.unit === 'month') {
      const month = next ? `${addMonths(today, 1).slice(0, 7)}-01` : today;
      return next ? { first: month, last: endOfMonth(month) } : { last: endOfMonth(today) };
    }
    const year = Number(today.slice(0, 4)) + (next ? 1 : 0);
    return next ? { first: `${year}-01-01`, last: `${year}-12-31` } : { last: `${year}-12-31` };
  }
  return VAGUE.test(words) ? {} : null;
}
