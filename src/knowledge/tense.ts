import { TENSE } from './placeholders.js';

/**
 * Picks each {tense:EVENT|before|after} form for the reader's day: the first until the event's
 * date (that day included: "closes today"), the second once it has passed. Knowledge texts are
 * written once; an answer given in December never says a July deadline "closes".
 */
export function inTense(text: string, dateOf: (eventId: string) => string | undefined, today: string): string {
  if (!text.includes('{tense:')) return text;
  return text.replace(TENSE, (token, event: string, before: string, after: string) => {
    const date = dateOf(event);
    return date === undefined ? token : today <= date ? before : after;
  });
}
