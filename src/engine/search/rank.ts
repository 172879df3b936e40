import type { Term } from '../text/analyze.js';
import { FIELD_WEIGHTS, FIELDS, type FactIndex, type Field, type IndexedFact } from './fact-index.js';

/** BM25 saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;
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

function termScore(fact: IndexedFact, index: FactIndex, q: QueryTerm): TermScore {
  let fieldFrequency = 0;
  const fields: Field[] = [];
  for (const field of FIELDS) {
    const tf = fact.tf[field].get(q.term);
    if (!tf) continue;
    fields.push(field);
    const norm = 1 - B + (B * fact.length[field]) / index.avgLength[field];
    fieldFrequency += (FIELD_WEIGHTS[field] * tf) / norm;
  }
  const saturated = fieldFrequency / (K1 + fieldFrequency);
  return { term: q.term, fieldFrequency, fields, contribution: q.weight * q.idf * saturated };
}

function phrasingSimilarity(fact: IndexedFact, index: FactIndex, query: readonly QueryTerm[], queryNorm: number): number {
  let best = 0;
  for (const phrasing of fact.phrasings) {
    let shared = 0;
    let phrasingNorm = 0;
    for (const t of phrasing) phrasingNorm += index.idf(t) ** 2;
    for (const q of query) if (phrasing.has(q.term)) shared += q.weight * q.idf * q.idf;
    const cosine = shared / Math.sqrt(queryNorm * phrasingNorm || 1);
    if (cosine > best) best = cosine;
  }
  return best;
}

/** Scores every fact sharing at least one term with the question, best first. */
export function rankFacts(index: FactIndex, query: readonly QueryTerm[], pairs: readonly string[] = [], asks: string | null = null): FactScore[] {
  const total = query.reduce((s, q) => s + q.idf, 0);
  if (total === 0) return [];
  const queryNorm = query.reduce((s, q) => s + q.idf * q.idf, 0);
  const candidates = new Set<number>();
  for (const q of query) for (const i of index.postings.get(q.term) ?? []) candidates.add(i);
  const scores: FactScore[] = [];
  for (const i of candidates) {
    const fact = index.facts[i];
    if (!fact) continue;
    const perTerm = query.map((q) => termScore(fact, index, q));
    const terms = perTerm.reduce((s, t) => s + t.contribution, 0) / total;
    const coverage = query.reduce((s, q, k) => s + ((perTerm[k]?.fields.length ?? 0) > 0 ? q.weight * q.idf : 0), 0) / total;
    const phrasing = phrasingSimilarity(fact, index, query, queryNorm);
    // A fact that explains only part of the question is a weaker answer, however well that part matches.
    const together = pairs.length === 0 ? 0 : pairs.filter((p) => fact.pairs.has(p)).length / pairs.length;
    const sameAsk = asks !== null && fact.asks.has(asks);
    const score = ((1 - PHRASING_SHARE) * terms + PHRASING_SHARE * phrasing) * Math.sqrt(coverage) * (1 + PAIR_BONUS * together) * (sameAsk ? 1 + ASK_BONUS : 1);
    scores.push({ index: i, id: fact.fact.id, terms, phrasing, coverage, pairs: together, sameAsk, score, perTerm: perTerm.filter((t) => t.fields.length > 0) });
  }
  return scores.sort((a, b) => b.score - a.score || a.index - b.index);
}
