import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

/** How many edits a misspelt word of this length may be from the word it stands for. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

export interface Correction {
  word: string;
  edits: number;
}

export interface TypoCorrector {
  /** The vocabulary word a misspelt word most likely stands for, or null when nothing is close enough. */
  correct(word: string): Correction | null;
  isKnown(word: string): boolean;
}

const CACHE_LIMIT = 5000;

/** Whether `typed` is `word` with one of its double letters written once ("coper" for "copper"). */
function undoubles(word: string, typed: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}
const bucketKey = (initial: string, length: number) => `${initial}${length}`;
const FUSE_OPTIONS = { includeScore: true, threshold: 0.6, ignoreLocation: true, minMatchCharLength: 2 };

/**
 * Per-word spelling correction against the vocabulary of the knowledge base. Fuse (bitap) finds
 * candidates among the words that share the typed word's first letter (people rarely mistype it)
 * and are at most `allowedEdits` letters longer or shorter; one small Fuse index per letter and
 * length keeps a lookup well under a millisecond. An exact edit distance then decides, so a
 * correction is never further than `allowedEdits` from what was typed. Ties go to the more
 * frequent word, then to the word of the closer length. Results are memoised per process.
 */
export function createTypoCorrector(frequency: ReadonlyMap<string, number>, alsoKnown: (word: string) => boolean): TypoCorrector {
  const buckets = new Map<string, string[]>();
  for (const w of frequency.keys()) {
    // A three-letter word is one edit from too many four-letter ones ("dodd" is not "dod").
    if (w.length < 4 || !/^\p{L}+$/u.test(w)) continue;
    const key = bucketKey(w[0] ?? '', w.length);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(w);
    else buckets.set(key, [w]);
  }
  const fuses = new Map([...buckets].map(([key, words]) => [key, new Fuse(words, FUSE_OPTIONS)]));
  const cache = new Map<string, Correction | null>();

  const isKnown = (word: string) => frequency.has(word) || alsoKnown(word) || /\d/.test(word);

  const lookup = (word: string): Correction | null => {
    // "doin", "payin": a dropped final g is how the word is said, not a slip of the finger.
    if (word.length >= 4 && word.endsWith('in') && isKnown(`${word}g`)) return { word: `${word}g`, edits: 1 };
    const max = allowedEdits(word.length);
    if (max === 0 || !/^\p{L}+$/u.test(word)) return null;
    let best: { word: string; edits: number; rank: number } | null = null;
    const hits = [];
    for (let length = word.length - max; length <= word.length + max; length++) hits.push(...(fuses.get(bucketKey(word[0] ?? '', length))?.search(word, { limit: 8 }) ?? []));
    for (const hit of hits) {
      const edits = editDistance(word, hit.item, max);
      if (edits > max) continue;
      // Among words as many edits away, a double letter typed once wins ("coper" is "copper",
      // not "cover"), then the word the knowledge uses more ("dedline" is "deadline", not
      // "decline"), then the one of the closer length.
      const rank = edits * 1e7 - (undoubles(hit.item, word) ? 5e6 : 0) - Math.min(frequency.get(hit.item) ?? 0, 999) * 1e3 + Math.abs(hit.item.length - word.length);
      if (!best || rank < best.rank) best = { word: hit.item, edits, rank };
    }
    return best ? { word: best.word, edits: best.edits } : null;
  };

  return {
    isKnown,
    correct(word) {
      if (frequency.has(word)) return null;
      // "legally", "basically": the adverb of a word the knowledge uses is read as that word.
      const base = word.endsWith('ally') && frequency.has(word.slice(0, -4)) ? word.slice(0, -4) : word.endsWith('ly') ? word.slice(0, -2) : '';
      if (base.length >= 4 && frequency.has(base)) return { word: base, edits: 0 };
      if (isKnown(word)) return null;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const result = lookup(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, result);
      return result;
    },
  };
}
