import type { LoadedFact } from '../../knowledge/model.js';
import { termsOf } from '../text/analyze.js';
import { foldWords } from '../text/fold.js';

export const FIELDS = ['title', 'questions', 'tags', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

/** An unknown word weighs half as much as the rarest possible word (one in no fact at all). */
const UNKNOWN_IDF_SHARE = 0.5;

/** How much a match in each field counts: a fact's title and phrasings say what it answers, its answer only what it mentions. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = { title: 2.5, questions: 2, tags: 2, answer: 0.8 };
/** BM25 length normalisation (the usual value). */
export const B = 0.75;

/** One term's match in one fact: its field-weighted, length-normalised frequency and where it occurs. */
export interface TermMatch {
  fieldFrequency: number;
  fields: Field[];
}

export interface IndexedFact {
  fact: LoadedFact;
  /** Term → occurrences, per field. */
  tf: Record<Field, Map<string, number>>;
  length: Record<Field, number>;
  /** Each phrasing (and the title) as a set of terms, for question-to-question similarity. */
  phrasings: ReadonlySet<string>[];
  /** Each phrasing's IDF-weighted length (√Σ idf²), worked out once for the cosine. */
  phrasingNorms: number[];
  /** Neighbouring term pairs ("commerce report") of the title, phrasings and answer. */
  pairs: ReadonlySet<string>;
  /** The question words its phrasings open with ("when", "who"), so "when was it signed" meets "When was…". */
  asks: ReadonlySet<string>;
  /** Every term of the fact with its match, worked out once: ranking only looks terms up. */
  matches: ReadonlyMap<string, TermMatch>;
}

export interface FactIndex {
  facts: IndexedFact[];
  /** Number of facts containing the term in any field. */
  df: ReadonlyMap<string, number>;
  avgLength: Record<Field, number>;
  idf(term: string): number;
  /**
   * The weight of a word the facts never use, and the most any word may weigh: a word found in one
   * or two facts is no more telling than a word found in none, so one rare side word cannot
   * outweigh the rest of a question.
   */
  idfCap: number;
  /** Facts holding a term, so ranking only visits candidates. */
  postings: ReadonlyMap<string, readonly number[]>;
}

const QUESTION_WORDS = new Set(['when', 'who', 'why', 'where', 'which', 'how', 'what']);

/** The first question word of a text ("when", "who", …), or null when it has none. */
export function questionWord(text: string): string | null {
  for (const w of foldWords(text)) {
    const word = w === 'whos' ? 'who' : w === 'whens' ? 'when' : w === 'whats' ? 'what' : w === 'hows' ? 'how' : w;
    if (QUESTION_WORDS.has(word)) return word;
  }
  return null;
}

/** Neighbouring terms as "a b" keys, so word order and closeness count for something. */
export function pairsOf(terms: readonly string[]): string[] {
  return terms.slice(1).map((t, i) => `${terms[i]} ${t}`);
}

function count(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Terms a fact's text implies without writing them: a fact about PCMDPs is about critical minerals,
 * so "who monitors mineral imports?" meets "Commerce must keep monitoring imports of PCMDPs".
 */
const IMPLIED: Readonly<Record<string, readonly string[]>> = { pcmdp: termsOf('critical minerals mineral processed derivative') };

function withImplied(terms: string[]): string[] {
  return [...terms, ...terms.flatMap((t) => IMPLIED[t] ?? [])];
}

function fieldTerms(fact: LoadedFact, title: string[], questions: string[][]): Record<Field, string[]> {
  return { title, questions: questions.flat(), tags: fact.tags.flatMap(termsOf), answer: withImplied(termsOf(fact.answer)) };
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
      phrasingNorms: [],
      pairs: new Set([title, ...questions, terms.answer].flatMap(pairsOf)),
      asks: new Set([fact.title, ...fact.questions].map(questionWord).filter((w): w is string => w !== null)),
      matches: new Map(),
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
  const idfCap = UNKNOWN_IDF_SHARE * Math.log(1 + (n + 0.5) / 0.5);
  const idf = (term: string) => {
    let v = idfCache.get(term);
    if (v === undefined) {
      const d = df.get(term) ?? 0;
      v = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      idfCache.set(term, v);
    }
    return v;
  };
  for (const f of indexed) {
    const matches = new Map<string, TermMatch>();
    for (const field of FIELDS) {
      const norm = 1 - B + (B * f.length[field]) / (avgLength[field] ?? 1);
      for (const [term, tf] of f.tf[field]) {
        const m = matches.get(term) ?? { fieldFrequency: 0, fields: [] };
        m.fieldFrequency += (FIELD_WEIGHTS[field] * tf) / norm;
        m.fields.push(field);
        matches.set(term, m);
      }
    }
    f.matches = matches;
  }
  const capped = (term: string) => Math.min(idf(term), idfCap);
  for (const f of indexed) f.phrasingNorms = f.phrasings.map((p) => Math.sqrt([...p].reduce((s, t) => s + capped(t) ** 2, 0)));
  return { facts: indexed, df, avgLength, idf: capped, idfCap, postings };
}
