import type { KnowledgeBase } from '../../knowledge/model.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { LEXICON_WORDS } from '../lexicon/words.js';
import { SYNONYM_WORDS } from '../text/analyze.js';
import { foldWords } from '../text/fold.js';
import { stem } from '../text/stem.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { createTypoCorrector, type TypoCorrector } from '../text/typo.js';

export interface Vocabulary {
  corrector: TypoCorrector;
  /** Known words starting with `prefix`, most frequent first. */
  completions(prefix: string, limit: number): string[];
}

/** Every text of the knowledge base a user might echo in a question. */
function knowledgeTexts(kb: KnowledgeBase): string[] {
  return [
    ...kb.facts.flatMap((f) => [f.title, f.answer, ...f.questions, ...f.tags]),
    ...kb.minerals.flatMap((m) => [m.name, ...m.aliases, m.note ?? '']),
    ...kb.agencies.flatMap((a) => [a.name, ...a.aliases, a.role]),
    ...kb.glossary.flatMap((g) => [g.term, ...g.aliases, g.definition]),
    ...kb.products.flatMap((p) => [p.name, ...p.aliases, p.note]),
    ...kb.events.flatMap((e) => [e.title, e.description]),
  ];
}

/** The words the knowledge base actually uses: the ground truth for spelling correction and completion. */
export function buildVocabulary(kb: KnowledgeBase): Vocabulary {
  const frequency = new Map<string, number>();
  for (const text of knowledgeTexts(kb)) for (const w of foldWords(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  for (const w of [...SYNONYM_WORDS, ...LEXICON_WORDS]) if (!frequency.has(w)) frequency.set(w, 1);
  const sorted = [...frequency.keys()].sort();
  const stems = new Set(sorted.map(stem));
  // Another form of a known word ("listed" when only "list" appears) is not a typo, nor is a
  // common English word the knowledge happens not to use.
  const alsoKnown = (w: string) => STOP_WORDS.has(w) || stems.has(stem(w)) || isEnglishWord(w);
  return {
    corrector: createTypoCorrector(frequency, alsoKnown),
    completions(prefix, limit) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) out.push(sorted[i] ?? '');
      return out.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0)).slice(0, limit);
    },
  };
}
