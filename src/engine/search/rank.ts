import type { Term } from '../text/analyze.js';
import type { FactIndex, Field, IndexedFact } from './fact-index.js';

/** BM25 saturation (the usual value; length normalisation is the index's). */
const K1 = 1.2;
/**
 * A corrected word counts less than one typed correctly, the more so the shorter it is: "bake" is
 * one letter from "take", "deadlne" is one letter from nothing but "deadline".
 */
function correctionWeight(t: Term): number {
  if (t.edits === 0) return 1;
  if (t.edits >= 2) return 0.7;
  return t.source.length <= 5 ? 0.55 : 0.85;
}
/** How much the closest phrasing counts against the field-weighted term score. */
export const PHRASING_SHARE = 0.45;
/** Extra weight when the question's neighbouring words also stand together in the fact. */
export const PAIR_BONUS = 0.4;
/** Extra weight when the fact is phrased with the question's own question word ("when", "who"). */
export const ASK_BONUS = 0.25;

/** A question term with the weight it carries in ranking. */
export interface QueryTerm {
  term: string;
  /** 1 for a word typed as known; less for a spelling correction (matches count less, the question's size does not shrink). */
  weight: number;
  idf: number;
  known: boolean;
}

export interface TermScore {
  term: string;
  /** Field-weighted, length-normalised frequency before saturation. */
  fieldFrequency: number;
  fields: Field[];
  contribution: number;
}

/** Why a fact scored what it did: kept for tests, the eval report and tuning. */
export interface FactScore {
  index: number;
  id: string;
  /** Field-weighted term score (BM25F), 0–1: the share of the question's weight the fact matches well. */
  terms: number;
  /** Best IDF-weighted cosine between the question and one of the fact's phrasings (or title), 0–1. */
  phrasing: number;
  /** Share of the question's weight (unknown words included) found anywhere in the fact, 0–1. */
  coverage: number;
  /** Share of the question's neighbouring term pairs that also stand together in the fact, 0–1. */
  pairs: number;
  /** Whether one of the fact's phrasings opens with the question's question word. */
  sameAsk: boolean;
  /** ((1 − PHRASING_SHARE) × terms + PHRASING_SHARE × phrasing) × √coverage × (1 + PAIR_BONUS × pairs) × (1 + ASK_BONUS when sameAsk). */
  score: number;
  /** How each matching term matched; filled for the facts scored exactly (the top), empty below them. */
  perTerm: TermScore[];
}

/**
 * Weighs each distinct term by how rare it is in the knowledge and how sure the spelling is.
 * Words the knowledge has never seen count at the index's cap when `countUnknown` is set (questions),
 * so "who won the super bowl" cannot look like a good match because one word happens to be known;
 * lookups between facts (related facts, autocomplete) leave them out.
 */
export function queryTerms(terms: readonly Term[], index: FactIndex, countUnknown = true): QueryTerm[] {
  const byTerm = new Map<string, QueryTerm>();
  for (const t of terms) {
    const known = index.df.has(t.term);
    const weight = correctionWeight(t);
    const previous = byTerm.get(t.term);
    if (previous && previous.weight >= weight) continue;
    byTerm.set(t.term, { term: t.term, weight, idf: known ? index.idf(t.term) : countUnknown ? index.idfCap : 0, known });
  }
  return [...byTerm.values()];
}

const NO_MATCH: readonly Field[] = [];

function termScore(fact: IndexedFact, q: QueryTerm): TermScore {
  const match = fact.matches.get(q.term);
  if (!match) return { term: q.term, fieldFrequency: 0, fields: NO_MATCH as Field[], contribution: 0 };
  const saturated = match.fieldFrequency / (K1 + match.fieldFrequency);
  return { term: q.term, fieldFrequency: match.fieldFrequency, fields: match.fields, contribution: q.weight * q.idf * saturated };
}

function phrasingSimilarity(fact: IndexedFact, query: readonly QueryTerm[], queryNorm: number): number {
  let best = 0;
  const rootQuery = Math.sqrt(queryNorm);
  fact.phrasings.forEach((phrasing, i) => {
    let shared = 0;
    for (const q of query) if (phrasing.has(q.term)) shared += q.weight * q.idf * q.idf;
    const norm = rootQuery * (fact.phrasingNorms[i] ?? 0);
    const cosine = shared / (norm || 1);
    if (cosine > best) best = cosine;
  });
  return best;
}

/** How many of the best facts get their exact score; the rest are known to rank below them. */
const EXACT_TOP = 12;

/**
 * Scores every fact sharing at least one term with the question, best first. The phrasing
 * similarity is the costly part, so facts are visited in order of the best score they could reach
 * with a perfect phrasing match, and once EXACT_TOP facts have exact scores no later fact could
 * beat, the rest keep the score they have without it: the order at the top is exact.
 */
export function rankFacts(index: FactIndex, query: readonly QueryTerm[], pairs: readonly string[] = [], asks: string | null = null): FactScore[] {
  const total = query.reduce((s, q) => s + q.idf, 0);
  if (total === 0) return [];
  const queryNorm = query.reduce((s, q) => s + q.idf * q.idf, 0);
  // Summed along each term's postings, so only the facts that hold a term are looked at for it;
  // candidates keep the order they are first met in, which ties in ranking fall back on.
  const contributions = new Float64Array(index.facts.length);
  const covers = new Float64Array(index.facts.length);
  const seen = new Uint8Array(index.facts.length);
  const candidates: number[] = [];
  for (const q of query) {
    const weight = q.weight * q.idf;
    for (const i of index.postings.get(q.term) ?? []) {
      const match = index.facts[i]?.matches.get(q.term);
      if (!match) continue;
      if (seen[i] === 0) {
        seen[i] = 1;
        candidates.push(i);
      }
      contributions[i] = (contributions[i] ?? 0) + weight * (match.fieldFrequency / (K1 + match.fieldFrequency));
      covers[i] = (covers[i] ?? 0) + weight;
    }
  }
  const partial: { fact: IndexedFact; score: FactScore; factor: number; bound: number }[] = [];
  for (const i of candidates) {
    const fact = index.facts[i];
    if (!fact) continue;
    const terms = (contributions[i] ?? 0) / total;
    const coverage = (covers[i] ?? 0) / total;
    // A fact that explains only part of the question is a weaker answer, however well that part matches.
    let together = 0;
    if (pairs.length > 0) {
      for (const p of pairs) if (fact.pairs.has(p)) together++;
      together /= pairs.length;
    }
    const sameAsk = asks !== null && fact.asks.has(asks);
    const factor = Math.sqrt(coverage) * (1 + PAIR_BONUS * together) * (sameAsk ? 1 + ASK_BONUS : 1);
    const score: FactScore = { index: i, id: fact.fact.id, terms, phrasing: 0, coverage, pairs: together, sameAsk, score: (1 - PHRASING_SHARE) * terms * factor, perTerm: [] };
    partial.push({ fact, score, factor, bound: ((1 - PHRASING_SHARE) * terms + PHRASING_SHARE) * factor });
  }
  partial.sort((a, b) => b.bound - a.bound);
  const exact: number[] = [];
  for (const p of partial) {
    const floor = exact.length >= EXACT_TOP ? (exact[EXACT_TOP - 1] ?? 0) : -1;
    if (p.bound < floor) break;
    p.score.phrasing = phrasingSimilarity(p.fact, query, queryNorm);
    p.score.score = ((1 - PHRASING_SHARE) * p.score.terms + PHRASING_SHARE * p.score.phrasing) * p.factor;
    // How each term matched is kept for the facts at the top, which explanations and tests read.
    p.score.perTerm = query.map((q) => termScore(p.fact, q)).filter((t) => t.fields.length > 0);
    exact.push(p.score.score);
    exact.sort((a, b) => b - a);
  }
  return partial.map((p) => p.score).sort((a, b) => b.score - a.score || a.index - b.index);
}
