/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Everything works in UTC on whole days so that
 * "180 days after January 14" never depends on the machine's time zone or daylight saving.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(iso: string): Date {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a calendar date: "${iso}"`);
  return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** Same day of the month `months` later, clamped to the month's last day (Aug 31 + 1 month = Sep 30). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The calendar date of an instant in UTC. */
export function isoDateOf(instant: Date): string {
  return fromUtc(instant);
}

/** "July 13, 2026" */
export function formatDate(iso: string): string {
  const d = toUtc(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "July 13", a day of a month (1-12) in any year. */
export function formatMonthDay(month: number, day: number): string {
  return `${MONTHS[month - 1] ?? ''} ${day}`;
}

/** A date as precise as it was written: "2026" , "January 2026" or "January 20, 2026". */
export function formatLooseDate(value: string): string {
  if (isValidIsoDate(value)) return formatDate(value);
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : value;
}

/** "Monday, July 13, 2026" */
export function formatDateWithWeekday(iso: string): string {
  return `${WEEKDAYS[toUtc(iso).getUTCDay()]}, ${formatDate(iso)}`;
}

/**
 * Noon UTC of a calendar date, in Unix seconds. Discord renders timestamps in each reader's time
 * zone; noon UTC keeps the displayed calendar day the same from UTC-11 to UTC+11.
 */
export function noonUtcSeconds(iso: string): number {
  return toUtc(iso).getTime() / 1000 + 12 * 3600;
}
