import { termsOf } from './analyze.js';

const sets = new Map<string, ReadonlySet<string>>();

/** The terms of a knowledge text as a set, analysed once however many questions look at it. */
export function termSetOf(text: string): ReadonlySet<string> {
  let terms = sets.get(text);
  if (!terms) {
    terms = new Set(termsOf(text));
    sets.set(text, terms);
  }
  return terms;
}
