import type { LoadedFact } from '../../knowledge/model.js';
import { termsOf } from '../text/analyze.js';

export const FIELDS = ['title', 'questions', 'tags', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

/** How much a match in each field counts: a fact's title and phrasings say what it answers, its answer only what it mentions. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = { title: 2.5, questions: 2, tags: 2, answer: 0.8 };

export interface IndexedFact {
  fact: LoadedFact;
  /** Term → occurrences, per field. */
  tf: Record<Field, Map<string, number>>;
  length: Record<Field, number>;
  /** Each phrasing (and the title) as a set of terms, for question-to-question similarity. */
  phrasings: ReadonlySet<string>[];
}

export interface FactIndex {
  facts: IndexedFact[];
  /** Number of facts containing the term in any field. */
  df: ReadonlyMap<string, number>;
  avgLength: Record<Field, number>;
  idf(term: string): number;
  /** Facts holding a term, so ranking only visits candidates. */
  postings: ReadonlyMap<string, readonly number[]>;
}

function count(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function fieldTerms(fact: LoadedFact, title: string[], questions: string[][]): Record<Field, string[]> {
  return { title, questions: questions.flat(), tags: fact.tags.flatMap(termsOf), answer: termsOf(fact.answer) };
}

/** An inverted index over facts for BM25F ranking, built once per knowledge base. */
export function buildFactIndex(facts: readonly LoadedFact[]): FactIndex {
  const indexed: IndexedFact[] = facts.map((fact) => {
    const title = termsOf(fact.title);
    const questions = fact.questions.map(termsOf);
    const terms = fieldTerms(fact, title, questions);
    return {
      fact,
      tf: { title: count(terms.title), questions: count(terms.questions), tags: count(terms.tags), answer: count(terms.answer) },
      length: { title: terms.title.length, questions: terms.questions.length, tags: terms.tags.length, answer: terms.answer.length },
      phrasings: [title, ...questions].map((q) => new Set(q)).filter((s) => s.size > 0),
    };
  });
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  indexed.forEach((f, i) => {
    const seen = new Set(FIELDS.flatMap((field) => [...f.tf[field].keys()]));
    for (const t of seen) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const n = Math.max(indexed.length, 1);
  const avgLength = Object.fromEntries(
    FIELDS.map((field) => [field, Math.max(1, indexed.reduce((s, f) => s + f.length[field], 0) / n)]),
  ) as Record<Field, number>;
  const idfCache = new Map<string, number>();
  const idf = (term: string) => {
    let v = idfCache.get(term);
    if (v === undefined) {
      const d = df.get(term) ?? 0;
      v = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      idfCache.set(term, v);
    }
    return v;
  };
  return { facts: indexed, df, avgLength, idf, postings };
}
