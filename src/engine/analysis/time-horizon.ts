import { addDays, addMonths, daysBetween } from '../../knowledge/dates.js';

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
/** How many: a number or a word for one ("a couple of", "a few", "three"). */
const COUNT = String.raw`\d{1,3}|a couple(?: of)?|a few|few|couple|one|two|three|four|five|six|seven|ten`;
const UNIT = String.raw`days?|weeks?|months?`;
const SPAN = new RegExp(String.raw`\b(?:in|within|over|during) (?:the )?(?:next|coming) (?<n>${COUNT})? ?(?<unit>${UNIT})\b|\b(?:in|within) (?<n2>${COUNT}|a) (?<unit2>${UNIT})\b`);
const CALENDAR = /\b(?<which>this|next) (?<unit>week|month|year)\b/;
const PAST_SPAN = new RegExp(String.raw`\b(?:in |over |during |within )?(?:the )?(?:last|past|previous) (?<n>${COUNT})? ?(?<unit>${UNIT})\b`);
const VAGUE = /\b(?:soon|coming up|upcoming|imminent|approaching|around the corner|any day now)\b/;

export type CountUnit = 'week' | 'month';
const IN_UNITS = /\bhow many (?<unit>weeks|months)\b|\b(?<unit2>weeks|months) (?:ago|until|till|til|left|away|since|from now|out|to go|remain|remaining)\b/;

/** The unit a count is asked in ("how many weeks until …", "months ago"), or null for days. */
export function countUnit(words: string): CountUnit | null {
  const m = IN_UNITS.exec(words);
  const unit = m?.groups?.unit ?? m?.groups?.unit2;
  return unit === 'weeks' ? 'week' : unit === 'months' ? 'month' : null;
}

/** "The one-year anniversary of the signing", "two years after the proclamation": a mark counted in years from an event. */
const ANNIVERSARY = /\b(?:(?<n>a|one|1|first|two|2|second|three|3|third) ?(?:year|yr)s? (?:anniversary|mark|since|after|from|on from)|anniversary)\b/;
const YEARS: Readonly<Record<string, number>> = { a: 1, one: 1, '1': 1, first: 1, two: 2, '2': 2, second: 2, three: 3, '3': 3, third: 3 };

/** What a mark is counted from: "of the critical minerals proclamation". */
const MARK_OF = /^(?: (?:of|since|after|from) (?:the )?(?:\w+ ){0,3}\w+)?/;

/**
 * The anniversary folded words ask about, as years after the event and in their own words with
 * what it is counted from ("one year mark of the critical minerals proclamation"), or null.
 */
export function anniversaryOfWords(words: string): { phrase: string; years: number } | null {
  const m = ANNIVERSARY.exec(words);
  if (!m) return null;
  return { phrase: m[0] + (MARK_OF.exec(words.slice(m.index + m[0].length))?.[0] ?? ''), years: YEARS[m.groups?.n ?? 'one'] ?? 1 };
}

const endOfMonth = (iso: string): string => addDays(addMonths(`${iso.slice(0, 7)}-01`, 1), -1);
const countOf = (word: string | undefined, none: number): number => (word === undefined ? none : /^\d+$/.test(word) ? Number(word) : (COUNT_WORDS[word] ?? 1));
/** `today` moved by `times` days, weeks or months, back when `times` is negative. */
const shift = (today: string, times: number, unit: string): string => (unit.startsWith('month') ? addMonths(today, times) : addDays(today, unit.startsWith('week') ? 7 * times : times));

/** The horizon a question names, read from its words against today, or null when it names none. */
export function timeHorizon(words: string, today: string): TimeHorizon | null {
  if (/\byesterday\b/.test(words)) return { first: addDays(today, -1), last: addDays(today, -1), past: true };
  const behind = PAST_SPAN.exec(words);
  // "The last day to comment" names a day, not a span behind us.
  if (behind?.groups && !(behind.groups.n === undefined && behind.groups.unit === 'day')) {
    const { n, unit = 'day' } = behind.groups;
    // "Last week", "last month": the one just gone; "the last 3 weeks": all of them up to today.
    if (n === undefined && unit === 'month') {
      const month = `${addMonths(today, -1).slice(0, 7)}-01`;
      return { first: month, last: endOfMonth(month), past: true };
    }
    if (n === undefined) return { first: shift(today, -2, unit), last: addDays(today, -1), past: true };
    return { first: shift(today, -countOf(n, 1), unit), last: today, past: true };
  }
  const span = SPAN.exec(words);
  if (span?.groups) {
    const unit = span.groups.unit ?? span.groups.unit2 ?? 'day';
    // "In the coming months" counts as a few of them, "in the next month" as one.
    return { last: shift(today, countOf(span.groups.n ?? span.groups.n2, unit.endsWith('s') ? A_FEW : 1), unit) };
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

/** A span put up for checking: "it's been roughly ten months since…", "has it been over 200 days?". */
export interface ClaimedSpan {
  n: number;
  unit: 'day' | 'week' | 'month' | 'year';
  bound: 'about' | 'over' | 'at-least' | 'under' | 'nearly' | 'exact';
}

const SPAN_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const CLAIMED_SPAN = new RegExp(
  String.raw`\b(?:(?<q>about|around|roughly|approximately|approx|nearly|almost|over|more than|at least|under|less than|just over|just under) )?(?<n>\d{1,4}|${Object.keys(SPAN_NUMBERS).join('|')}) (?<unit>days?|weeks?|months?|years?)\b`,
);
const BOUNDS: Readonly<Record<string, ClaimedSpan['bound']>> = { about: 'about', around: 'about', roughly: 'about', approximately: 'about', approx: 'about', nearly: 'nearly', almost: 'nearly', over: 'over', 'more than': 'over', 'at least': 'at-least', 'just over': 'over', under: 'under', 'less than': 'under', 'just under': 'under' };

/** The span a question puts up, or null when it names none. */
export function claimedSpan(words: string): ClaimedSpan | null {
  const m = CLAIMED_SPAN.exec(words);
  if (!m?.groups) return null;
  const { q, n = '', unit = 'day' } = m.groups;
  // "Has it been 180 days yet?" asks whether that much time has passed, not whether exactly that much has.
  const reached = /\b(?:has|have) (?:it|they|we|that|the \w+) (?:already |really )?been\b/.test(words);
  return { n: /^\d+$/.test(n) ? Number(n) : (SPAN_NUMBERS[n] ?? 1), unit: unit.replace(/s$/, '') as ClaimedSpan['unit'], bound: q ? (BOUNDS[q] ?? 'about') : reached ? 'at-least' : 'exact' };
}

const UNIT_DAYS: Readonly<Record<ClaimedSpan['unit'], number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };

/**
 * Whether the span between two days (ISO) is the one claimed: a count of whole weeks, months or
 * years is met by any day within that unit ("ten months" for 10 months and 17 days), a count of
 * days exactly; "about" allows a day or two either side, or the nearest whole unit.
 */
export function spanHolds(claim: ClaimedSpan, from: string, to: string): boolean {
  const days = daysBetween(from, to);
  const inUnit = days / UNIT_DAYS[claim.unit];
  const whole = claim.unit === 'day' ? days : Math.floor(inUnit);
  if (claim.bound === 'over') return inUnit > claim.n;
  if (claim.bound === 'at-least') return inUnit >= claim.n;
  if (claim.bound === 'under') return inUnit < claim.n;
  if (claim.bound === 'nearly') return inUnit <= claim.n && inUnit >= claim.n - (claim.unit === 'day' ? Math.max(2, claim.n * 0.1) : 1);
  if (claim.bound === 'about') return claim.unit === 'day' ? Math.abs(days - claim.n) <= Math.max(2, claim.n * 0.05) : whole === claim.n || Math.round(inUnit) === claim.n;
  return whole === claim.n;
}
