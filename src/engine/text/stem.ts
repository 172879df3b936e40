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

/**
 * Words whose suffix rule would land on another word's stem: "comments" is not "come", a
 * "statement" to Congress is not the State Department, an "element" is not "else"; and words no
 * suffix rule brings to their root ("finalized").
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map(
  [
    ['comment', ['comment', 'comments', 'commented', 'commenting', 'commenter', 'commenters']],
    ['statement', ['statement', 'statements']],
    ['element', ['element', 'elements']],
    // A "citation" is what is cited.
    ['cit', ['cite', 'cites', 'cited', 'citing', 'citation', 'citations']],
    // A list "finalized" is the final list.
    ['final', ['finalize', 'finalizes', 'finalized', 'finalizing', 'finalise', 'finalises', 'finalised', 'finalising', 'finalization', 'finalisation']],
  ].flatMap(([stem, words]) => (words as string[]).map((w) => [w, stem as string] as const)),
);

/** Irregular forms no suffix rule reaches, read as their base verb ("was the step taken" meets "take"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ...['took', 'taken'].map((w) => [w, 'take'] as const),
  ...['gave', 'given'].map((w) => [w, 'give'] as const),
  ...['chose', 'chosen'].map((w) => [w, 'choose'] as const),
  ...['began', 'begun'].map((w) => [w, 'begin'] as const),
  ['brought', 'bring'],
  ['sought', 'seek'],
]);

const KEEP_S = /(ss|us|is|ics)$/;
const MIN_STEM = 3;

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const own = OWN_STEMS.get(word);
  if (own) return own;
  let w = IRREGULAR.get(word) ?? word;
  let changed = false;
  // Two rounds, so an inflected word meets its base: "implemented" → "implement" → "imple", as "implement" does.
  for (let round = 0; round < 2; round++) {
    const found = SUFFIXES.find(([suffix, replacement]) => w.endsWith(suffix) && w.length - suffix.length + replacement.length >= MIN_STEM);
    if (!found) break;
    w = w.slice(0, w.length - found[0].length) + found[1];
    changed = true;
  }
  // "setting" and "planned" meet "set" and "plan": a consonant doubled before the ending is one.
  if (changed && w.length >= 4 && /([^aeiouylsz])\1$/.test(w) && /(?:ing|ed)$/.test(word)) w = w.slice(0, -1);
  if (!changed && w.endsWith('s') && !KEEP_S.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
