import { daysBetween, formatDate, formatDateWithWeekday } from './dates.js';

const PLACEHOLDER = /\{(date|weekday|days):([^{}]*)\}/g;
const LEFTOVER = /\{[a-z]+:[^{}]*\}/g;
/** Resolved per answer, from the reader's day: "{tense:negotiation-window-end|closes|closed}". */
export const TENSE = /\{tense:([^{}|]*)\|([^{}|]*)\|([^{}|]*)\}/g;

/**
 * Replaces {date:EVENT}, {weekday:EVENT} and {days:FROM..TO} with values computed from event
 * dates, so a derived date is written once (as arithmetic) and never typed by hand.
 * {tense:EVENT|before|after} is checked and kept: its form depends on the day an answer is given.
 * Returns the text, or the list of problems when a placeholder cannot be resolved.
 */
export function resolvePlaceholders(
  text: string,
  /** The event's date; null for a known event without a date (reported elsewhere); undefined if unknown. */
  dateOf: (eventId: string) => string | null | undefined,
): { text: string; problems: string[] } {
  const problems: string[] = [];
  const need = (id: string, token: string): string | undefined => {
    const date = dateOf(id);
    if (date === undefined) problems.push(`unknown event "${id}" in ${token}`);
    return date ?? undefined;
  };
  const resolved = text.replace(PLACEHOLDER, (token, kind: string, arg: string) => {
    if (kind === 'days') {
      const [from, to, extra] = arg.split('..');
      if (!from || !to || extra !== undefined) {
        problems.push(`${token} must name two events as {days:FROM..TO}`);
        return token;
      }
      const a = need(from, token);
      const b = need(to, token);
      return a && b ? String(daysBetween(a, b)) : token;
    }
    const date = need(arg, token);
    if (!date) return token;
    return kind === 'date' ? formatDate(date) : formatDateWithWeekday(date);
  });
  for (const [token, event, before, after] of resolved.matchAll(TENSE)) {
    if (before?.trim() === '' || after?.trim() === '') problems.push(`${token} needs both forms, as {tense:EVENT|closes|closed}`);
    else need(event ?? '', token);
  }
  const leftover = problems.length === 0 ? [...resolved.replace(TENSE, '').matchAll(LEFTOVER)][0] : undefined;
  if (leftover) problems.push(`unknown placeholder ${leftover[0]} (use {date:…}, {weekday:…}, {days:…..…} or {tense:…|…|…})`);
  return { text: resolved, problems };
}
