import type { KnowledgeBase, LoadedFact } from '../knowledge/model.js';
import type { Choice } from './engine-api.js';
import { displayName, type EntityIndex, type EntityKind, type EntityRef } from './entities.js';
import type { QuestionSearch } from './search/question-search.js';
import { queryTerms, rankFacts, type QueryTerm } from './search/rank.js';
import { analyze } from './text/analyze.js';
import { clip } from './text/clip.js';
import { foldWords } from './text/fold.js';
import { stem } from './text/stem.js';

/** Discord's limits for autocomplete: 25 choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

/** A fact matching the typed words this much less than the best is noise in the list. */
const WEAK_MATCH = 0.4;

/** At most this many named things (a mineral, a term, an agency) lead the question choices. */
const MAX_ENTITY_CHOICES = 3;

/** What a picked choice opens: sent back as its value, so it survives a restart or a reload by id. */
export type PickKind = 'fact' | 'mineral' | 'glossary' | 'agency';
const PREFIX: Readonly<Record<PickKind, string>> = { fact: 'fact:', mineral: 'mineral:', glossary: 'term:', agency: 'agency:' };

export function pickValue(kind: PickKind, id: string): string {
  return `${PREFIX[kind]}${id}`;
}

/** The fact or entity behind a choice's value; null for anything else (a question typed by hand). */
export function parsePick(value: string): { kind: PickKind; id: string } | null {
  for (const [kind, prefix] of Object.entries(PREFIX) as [PickKind, string][]) {
    if (!value.startsWith(prefix)) continue;
    const id = value.slice(prefix.length).trim();
    return id === '' ? null : { kind, id };
  }
  return null;
}

const choice = (name: string, value: string): Choice => ({ name: clip(name, MAX_CHOICE_LENGTH), value: clip(value, MAX_CHOICE_LENGTH) });
const bound = (limit: number) => Math.max(0, Math.min(MAX_CHOICES, Math.floor(Number.isFinite(limit) ? limit : 0)));
const folded = (s: string) => foldWords(s).join(' ');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A phrasing someone would type as a question: opened and closed as one, more than a keyword or two. */
const QUESTION_START = /^(?:what|what's|whats|when|where|who|who's|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|may|might|has|have|had)\b/i;
const readsAsQuestion = (q: string) => {
  const text = q.trim();
  return text.endsWith('?') && QUESTION_START.test(text) && text.split(/\s+/).length >= 3;
};

/** "price floor" mid-sentence, but "Section 232" and "USGS List of Critical Minerals" as written. */
const inSentence = (term: string) => (term.split(' ').slice(1).every((w) => /^[a-z]+$/.test(w)) && /^[A-Z][a-z]+$/.test(term.split(' ')[0] ?? '') ? term.toLowerCase() : term);

export interface Autocomplete {
  questions(partial: string, limit: number): Choice[];
  /** The value of the question choice shown under exactly this name (case and spacing aside), or null. */
  valueNamed(name: string): string | null;
  entities(kind: EntityKind, partial: string, limit: number): Choice[];
}

/** The question a person would ask about a named thing, answered by that entity's own entry. */
function entityQuestion(ref: EntityRef): Choice | null {
  if (ref.kind === 'mineral') return choice(`Is ${ref.entity.name.toLowerCase()} a critical mineral?`, pickValue('mineral', ref.id));
  if (ref.kind === 'glossary') return choice(`What does ${inSentence(ref.entity.term)} mean?`, pickValue('glossary', ref.id));
  if (ref.kind === 'agency') {
    const short = ref.entity.aliases.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? ref.entity.name;
    return choice(ref.entity.kind === 'official' ? `Who is ${ref.entity.name}?` : `What does ${short} do?`, pickValue('agency', ref.id));
  }
  return null;
}

const namesOf = (ref: EntityRef): string[] => [ref.kind === 'glossary' ? ref.entity.term : ref.entity.name, ...ref.entity.aliases];

/**
 * Autocomplete works on half-typed text: the last word, unless followed by a space, is treated as
 * a prefix and widened to the known words it could become ("tari" → tariff, tariffs). It offers
 * distinct questions: one per fact, in that fact's clearest phrasing, so 25 choices are 25 answers.
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

  /**
   * The fact's first phrasing is its clearest. Another is shown only when it holds the typed text
   * and the first does not, or when the first is a bare keyword ("whats a PCMDP").
   */
  const phrasingFor = (fact: LoadedFact, foldedQs: readonly string[], typed: string): string => {
    const first = fact.questions[0] ?? fact.title;
    const holds = (i: number) => foldedQs[i]?.includes(typed) === true;
    if (readsAsQuestion(first) && (holds(0) || !foldedQs.some((_q, i) => i > 0 && holds(i) && readsAsQuestion(fact.questions[i] ?? '')))) return capitalised(first);
    const better = fact.questions
      .map((q, i) => ({ q, holds: holds(i) }))
      .filter((x, i) => i > 0 && readsAsQuestion(x.q))
      .sort((a, b) => Number(b.holds) - Number(a.holds) || a.q.length - b.q.length)[0];
    return capitalised(better?.q ?? first);
  };

  // A term some fact already defines ("whats a PCMDP") would be offered twice: once is enough.
  const definedByFact = (ref: EntityRef) =>
    ref.kind === 'glossary' &&
    namesOf(ref).some((n) => {
      const name = ` ${folded(n)} `;
      return questionsByFact.some(({ folded: qs }) => qs.some((q) => /^what(?:s| is| does)?\b/.test(q) && ` ${q} `.includes(name)));
    });

  const namedThings = (typed: string): Choice[] => {
    if (typed.length < 3) return [];
    const found: Choice[] = [];
    for (const kind of ['mineral', 'glossary', 'agency'] as const) {
      for (const ref of entities.suggest(kind, typed, MAX_ENTITY_CHOICES)) {
        const starts = namesOf(ref).some((n) => folded(n).startsWith(typed) || folded(n).split(' ').some((w) => w.length >= 3 && w.startsWith(typed)));
        const offered = starts && !definedByFact(ref) ? entityQuestion(ref) : null;
        if (offered) found.push(offered);
      }
    }
    return found.slice(0, MAX_ENTITY_CHOICES);
  };

  const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  // Every name a question choice can show: a fact's phrasings and title, and the entities' own questions.
  let byName: Map<string, string> | undefined;
  const choicesByName = (): Map<string, string> => {
    if (byName) return byName;
    byName = new Map();
    for (const fact of kb.facts) {
      for (const name of [...fact.questions, fact.title]) {
        const c = choice(capitalised(name), pickValue('fact', fact.id));
        if (!byName.has(normalised(c.name))) byName.set(normalised(c.name), c.value);
      }
    }
    for (const kind of ['mineral', 'glossary', 'agency'] as const) {
      for (const ref of entities.all(kind)) {
        const c = entityQuestion(ref);
        if (c && !byName.has(normalised(c.name))) byName.set(normalised(c.name), c.value);
      }
    }
    return byName;
  };

  return {
    valueNamed: (name) => choicesByName().get(normalised(name)) ?? null,
    questions(partial, limit) {
      const n = bound(limit);
      if (n === 0) return [];
      const typed = folded(partial.slice(0, 200));
      const picked = new Map<string, Choice>();
      const names = new Set<string>();
      const add = (c: Choice) => {
        const key = c.name.toLowerCase();
        if (picked.size < n && !picked.has(c.value) && !names.has(key)) {
          picked.set(c.value, c);
          names.add(key);
        }
      };
      const addFact = (fact: LoadedFact, name: string) => add(choice(name, pickValue('fact', fact.id)));
      if (typed === '') {
        for (const f of [...starters(), ...kb.facts]) addFact(f, capitalised(f.questions[0] ?? f.title));
        return [...picked.values()];
      }
      const base = queryTerms(analyze(partial.slice(0, 200), search.vocabulary.corrector).terms, search.index, false);
      const query = [...base, ...prefixTerms(partial).filter((p) => !base.some((b) => b.term === p.term))];
      const scored = rankFacts(search.index, query);
      const scores = new Map(scored.map((s) => [s.index, s.score]));
      const best = scored[0]?.score ?? 0;
      const ranked = questionsByFact
        .map((entry, index) => {
          const at = entry.folded.findIndex((q) => q.includes(typed));
          // Typed text found in a phrasing beats a term match; in the first phrasing, beats another.
          const tier = at === 0 ? 0 : at > 0 ? 1 : 2;
          return { entry, tier, score: scores.get(index) ?? 0 };
        })
        .filter((x) => x.tier < 2 || x.score >= best * WEAK_MATCH)
        .sort((a, b) => a.tier - b.tier || b.score - a.score);
      for (const c of namedThings(typed)) add(c);
      for (const { entry } of ranked) addFact(entry.fact, phrasingFor(entry.fact, entry.folded, typed));
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
