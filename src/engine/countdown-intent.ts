import { termsOf } from './text/analyze.js';
import type { SearchOutcome } from './search/question-search.js';

/**
 * "How many days are left?", "has the deadline passed?", "has the window closed?": questions
 * about where today stands against the 180-day window. They are answered by the window-end fact,
 * whose live line does the counting, rather than by whichever fact shares the most words.
 */
const ASKS_COUNTDOWN = new Set(['left', 'remain', 'remaining', 'pass', 'passed', 'over', 'countdown', 'expired', 'elapsed', 'close', 'closed', 'end', 'ended'].flatMap(termsOf));

/** Words such a question may also contain without being about anything else. */
const ABOUT_THE_WINDOW = new Set(
  ['count', 'day', 'days', '180 days', 'deadline', 'window', 'negotiation', 'talks', 'still', 'long', 'time', 'proclamation', '11001', 'clock', 'july']
    .flatMap(termsOf),
);

export function asksCountdown(outcome: SearchOutcome): boolean {
  const terms = outcome.analysis.terms.map((t) => t.term);
  return terms.some((t) => ASKS_COUNTDOWN.has(t)) && terms.every((t) => ASKS_COUNTDOWN.has(t) || ABOUT_THE_WINDOW.has(t));
}
