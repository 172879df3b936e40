const CONTRACTED: Readonly<Record<string, string>> = { ve: 'have', ll: 'will', re: 'are', d: 'would', m: 'am' };
const APOSTROPHE = /['’‘`´]/;

/**
 * Folds text to comparable lowercase words: diacritics removed ("Curaçao" → "curacao"),
 * contractions spelled out ("could've" → "could have", so no word "couldv" is left to misread),
 * possessives dropped ("USTR's" → "ustr"), dotted abbreviations joined ("U.S.C." → "usc"),
 * ordinal numbers read as numbers ("14th" → "14"), and every other punctuation mark treated as a
 * word break ("rare-earth" → "rare earth").
 */
export function foldWords(text: string): string[] {
  let folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  // Most texts have no apostrophe or dot between letters: the costlier patterns run only on those that do.
  if (APOSTROPHE.test(folded)) {
    folded = folded
      .replace(/['’‘`´](?<=\p{L}['’‘`´])(ve|ll|re|d|m)\b/gu, (_, c: string) => ` ${CONTRACTED[c]}`)
      .replace(/['’‘`´]s\b/g, '')
      .replace(/['’‘`´]/g, '');
  }
  if (folded.includes('.')) folded = folded.replace(/\.(?<=\b\p{L}\.)(?=\p{L}\b)/gu, '');
  folded = folded
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
