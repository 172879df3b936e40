/**
 * A light English stemmer: folds plurals and the common verb/noun endings so that "negotiations",
 * "negotiating" and "negotiate" meet at one stem. It is deliberately simpler than Porter: the same
 * function runs over the knowledge and the question, so it only has to be consistent, not pretty.
 */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['itions', 'ite'],
  ['ition', 'ite'],
  ['ators', 'ate'],
  ['ator', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['sses', 'ss'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['ed', ''],
];

const KEEP_S = /(ss|us|is|ics)$/;
const MIN_STEM = 3;

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  let changed = false;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= MIN_STEM) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      changed = true;
      break;
    }
  }
  if (!changed && w.endsWith('s') && !KEEP_S.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
