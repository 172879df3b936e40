import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { AnswerKey } from '../src/engine/eval/eval-score.js';
import type { KnowledgeBase } from '../src/knowledge/model.js';

/** A system under comparison: built once from the knowledge, then asked question by question. */
export interface Answerer {
  name: string;
  build(kb: KnowledgeBase): (question: string) => AnswerKey;
}

/** Fuse.js with its default options over the same fact fields: the top hit's fact, or a decline when nothing matches. */
export const plainFuse: Answerer = {
  name: 'Fuse.js defaults',
  build(kb) {
    const fuse = new Fuse(kb.facts, { keys: ['title', 'questions', 'tags', 'answer'] });
    return (q) => fuse.search(q, { limit: 1 })[0]?.item.id ?? null;
  },
};

/** MiniSearch (BM25) with default options over the same fields: the top hit's fact, or a decline when nothing matches. */
export const miniSearch: Answerer = {
  name: 'MiniSearch BM25',
  build(kb) {
    const index = new MiniSearch<{ id: string; title: string; questions: string; tags: string; answer: string }>({
      fields: ['title', 'questions', 'tags', 'answer'],
    });
    index.addAll(kb.facts.map((f) => ({ id: f.id, title: f.title, questions: f.questions.join('\n'), tags: f.tags.join(' '), answer: f.answer })));
    return (q) => {
      const top = index.search(q)[0];
      return top ? String(top.id) : null;
    };
  },
};
