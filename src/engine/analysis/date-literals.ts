import { formatMonthDay } from '../../knowledge/dates.js';
import type { Term } from '../text/analyze.js';

/** A calendar date written out in a question ("july 13 2026", "13 jul", "2026-07-13"). */
export interface DateLiteral {
  month: number;
  day: number;
  year?: number;
  /** The question terms that spell it, explained by whatever event falls on that day. */
  terms: readonly string[];
  /** Index of its first term in the question. */
  at: number;
}

// Month names as the analyser leaves them ("may" is a stop word, "june" becomes "jun").
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    [],
    ['jun', 'june'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Whether a question term names a month ("jan", "july"). */
export const isMonthTerm = (term: string): boolean => MONTHS.has(term);

// Some numbers reach here as the synonym tokens the analyser folds them to ("30" is "n30").
const dayOf = (term: string | undefined): number | undefined => {
  const digits = term?.replace(/^n(?=\d)/, '');
  if (!digits || !/^\d{1,2}$/.test(digits)) return undefined;
  const day = Number(digits);
  return day >= 1 && day <= 31 ? day : undefined;
};
const yearOf = (term: string | undefined): number | undefined => (term && /^20\d{2}$/.test(term) ? Number(term) : undefined);

/** The dates a question writes out: month and day in either order, with or without a year, or ISO. */
export function dateLiterals(terms: readonly Term[]): DateLiteral[] {
  const t = terms.map((x) => x.term);
  const out: DateLiteral[] = [];
  for (let i = 0; i < t.length; i++) {
    const month = MONTHS.get(t[i] ?? '');
    const iso = yearOf(t[i]);
    if (iso !== undefined && /^\d{1,2}$/.test(t[i + 1] ?? '') && dayOf(t[i + 2]) !== undefined && Number(t[i + 1]) <= 12) {
      out.push({ year: iso, month: Number(t[i + 1]), day: dayOf(t[i + 2]) ?? 0, terms: t.slice(i, i + 3), at: i });
      i += 2;
      continue;
    }
    if (month === undefined) continue;
    const after = dayOf(t[i + 1]);
    const before = dayOf(t[i - 1]);
    const day = after ?? before;
    if (day === undefined) continue;
    const start = after !== undefined ? i : i - 1;
    const yearAt = after !== undefined ? i + 2 : i + 1;
    const year = yearOf(t[yearAt]);
    out.push({ month, day, ...(year !== undefined ? { year } : {}), terms: t.slice(start, year !== undefined ? yearAt + 1 : start + 2), at: start });
  }
  return out;
}

/** A month written with its year and no day ("launched in October 2025"). */
export interface MonthLiteral {
  month: number;
  year: number;
  terms: readonly string[];
}

/** The months a question writes out with a year but no day: a claim about a month, not a day. */
export function monthLiterals(terms: readonly Term[]): MonthLiteral[] {
  const t = terms.map((x) => x.term);
  const out: MonthLiteral[] = [];
  t.forEach((term, i) => {
    const month = MONTHS.get(term);
    const year = yearOf(t[i + 1]);
    if (month !== undefined && year !== undefined && dayOf(t[i - 1]) === undefined) out.push({ month, year, terms: [term, t[i + 1] ?? ''] });
  });
  return out;
}

/** Whether an ISO date (YYYY-MM-DD) falls in the month a literal names. */
export const isInMonth = (literal: MonthLiteral, iso: string): boolean => iso.startsWith(`${literal.year}-${String(literal.month).padStart(2, '0')}-`);

/** Whether a text speaks of the day a literal names ("July 13", "July 13, 2026" when a year was written). */
export function speaksOf(literal: DateLiteral, text: string): boolean {
  const day = formatMonthDay(literal.month, literal.day);
  return new RegExp(`\\b${day}${literal.year === undefined ? '\\b' : `, ${literal.year}`}`).test(text);
}

/** Whether an ISO date (YYYY-MM-DD) is the day a literal names. */
export function isDayOf(literal: DateLiteral, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return m === literal.month && d === literal.day && (literal.year === undefined || literal.year === y);
}
