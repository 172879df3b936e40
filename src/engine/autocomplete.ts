import type { KnowledgeBase, LoadedFact } from '../knowledge/model.js';
import type { Choice } from './engine-api.js';
import { displayName, type EntityKind, type EntityIndex } from './entities.js';
import type { QuestionSearch } from './search/question-search.js';
import { queryTerms, rankFacts, type QueryTerm } from './search/rank.js';
import { analyze } from './text/analyze.js';
import { clip } from './text/clip.js';
import { foldWords } from './text/fold.js';
import { stem } from './text/stem.js';

/** Discord's limits for autocomplete: 25 choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

const choice = (name: string, value: string): Choice => ({ name: clip(name, MAX_CHOICE_LENGTH), value: clip(value, MAX_CHOICE_LENGTH) });
const bound = (limit: number) => Math.max(0, Math.min(MAX_CHOICES, Math.floor(Number.isFinite(limit) ? limit : 0)));
const folded = (s: string) => foldWords(s).join(' ');

export interface Autocomplete {
  questions(partial: string, limit: number): Choice[];
  entities(kind: EntityKind, partial: string, limit: number): Choice[];
}

/**
 * Autocomplete works on half-typed text: the last word, unless followed by a space, is treated as
 * a prefix and widened to the known words it could become ("tari" → tariff, tariffs).
 */
export function createAutocomplete(kb: KnowledgeBase, search: QuestionSearch, entities: EntityIndex, starters: () => LoadedFact[]): Autocomplete {
  const questionsByFact = kb.facts.map((f) => ({ fact: f, folded: f.questions.map(folded) }));
  const questionTerms = new Map<string, ReadonlySet<string>>();
  const termsOfQuestion = (q: string) => {
    let terms = questionTerms.get(q);
    if (!terms) {
      terms = new Set(analyze(q).terms.map((t) => t.term));
      questionTerms.set(q, terms);
    }
    return terms;
  };

  const prefixTerms = (partial: string): QueryTerm[] => {
    const words = foldWords(partial);
    const last = words[words.length - 1];
    if (!last || /\s$/.test(partial) || last.length < 2) return [];
    return search.vocabulary.completions(last, 8).map((w) => {
      const term = analyze(w).terms[0]?.term ?? stem(w);
      return { term, weight: 0.7, idf: search.index.idf(term), known: search.index.df.has(term) };
    }).filter((q) => q.known);
  };

  return {
    questions(partial, limit) {
      const n = bound(limit);
      if (n === 0) return [];
      const typed = folded(partial.slice(0, 200));
      const picked = new Map<string, Choice>();
      const add = (q: string) => {
        if (picked.size < n && !picked.has(q)) picked.set(q, choice(q, q));
      };
      if (typed === '') {
        for (const f of starters()) add(f.questions[0] ?? f.title);
        for (const f of kb.facts) add(f.questions[0] ?? f.title);
        return [...picked.values()];
      }
      const substring = questionsByFact
        .flatMap(({ fact, folded: qs }) => qs.map((q, i) => ({ q: fact.questions[i] ?? '', at: q.indexOf(typed), len: q.length })))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at || a.len - b.len);
      for (const x of substring) add(x.q);
      const base = queryTerms(analyze(partial.slice(0, 200), search.vocabulary.corrector).terms, search.index, false);
      const query = [...base, ...prefixTerms(partial).filter((p) => !base.some((b) => b.term === p.term))];
      for (const s of rankFacts(search.index, query)) {
        if (picked.size >= n) break;
        const entry = questionsByFact[s.index];
        if (!entry) continue;
        const best = entry.fact.questions
          .map((q) => ({ q, hits: query.filter((t) => termsOfQuestion(q).has(t.term)).length }))
          .sort((a, b) => b.hits - a.hits || a.q.length - b.q.length)[0];
        if (best) add(best.q);
      }
      return [...picked.values()];
    },
    entities(kind, partial, limit) {
      return entities.suggest(kind, partial.slice(0, 100), bound(limit)).map((ref) => {
        if (ref.kind === 'mineral') return choice(`${displayName(ref)} — ${ref.entity.listed ? 'on the 2025 list' : 'not on the 2025 list'}`, ref.id);
        return choice(displayName(ref), ref.id);
      });
    },
  };
}
