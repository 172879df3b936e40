import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Shown } from '../src/engine/eval/blind-score.js';
import { buildVocabulary } from '../src/engine/search/vocabulary.js';
import { analyze } from '../src/engine/text/analyze.js';
import type { KnowledgeBase, LoadedFact } from '../src/knowledge/model.js';

/** A system under comparison: built once from the knowledge, then asked question by question. */
export interface System {
  name: string;
  build(kb: KnowledgeBase): (question: string, now: Date) => Shown | null;
}

/** What a reader of a text-search baseline sees: the top fact, as the bot would show it. */
const shown = (fact: LoadedFact | undefined): Shown | null => (fact ? { text: `${fact.title}\n${fact.answer}`, trace: fact.id } : null);

/** Fuse.js with its default options over the facts' fields: the top hit, or a decline when nothing matches. */
export const plainFuse: System = {
  name: 'Fuse.js defaults',
  build(kb) {
    const fuse = new Fuse(kb.facts, { keys: ['title', 'questions', 'tags', 'answer'] });
    return (q) => shown(fuse.search(q, { limit: 1 })[0]?.item);
  },
};

type Doc = { id: string; title: string; questions: string; tags: string; answer: string };
const docs = (kb: KnowledgeBase): Doc[] => kb.facts.map((f) => ({ id: f.id, title: f.title, questions: f.questions.join('\n'), tags: f.tags.join(' '), answer: f.answer }));
const FIELDS = ['title', 'questions', 'tags', 'answer'];

/** MiniSearch (BM25) with default options over the same fields. */
export const miniSearch: System = {
  name: 'MiniSearch BM25 (defaults)',
  build(kb) {
    const index = new MiniSearch<Doc>({ fields: FIELDS });
    index.addAll(docs(kb));
    return (q) => shown(kb.factById.get(String(index.search(q)[0]?.id ?? '')));
  },
};

/**
 * MiniSearch with our own analyzer: the same folding, stop words, stemming, synonyms and (for
 * questions) spelling correction as the engine, so the comparison isolates what the engine does
 * beyond finding the best-matching text.
 */
export const miniSearchOurAnalyzer: System = {
  name: 'MiniSearch BM25 + our analyzer',
  build(kb) {
    const corrector = buildVocabulary(kb).corrector;
    const index = new MiniSearch<Doc>({ fields: FIELDS, tokenize: (text) => analyze(text).terms.map((t) => t.term), processTerm: (term) => term });
    index.addAll(docs(kb));
    return (q) => shown(kb.factById.get(String(index.search(q, { tokenize: (text) => analyze(text, corrector).terms.map((t) => t.term) })[0]?.id ?? '')));
  },
};
