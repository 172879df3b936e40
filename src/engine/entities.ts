import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import type { Agency, GlossaryTerm, Mineral, Product } from '../knowledge/schema.js';
import { foldWords } from './text/fold.js';
import { termsOf, type Term } from './text/analyze.js';

export type EntityKind = 'mineral' | 'agency' | 'glossary' | 'product';

export type EntityRef =
  | { kind: 'mineral'; id: string; entity: Mineral }
  | { kind: 'agency'; id: string; entity: Agency }
  | { kind: 'glossary'; id: string; entity: GlossaryTerm }
  | { kind: 'product'; id: string; entity: Product };

/** Where in a question's terms an entity's name or alias was found. */
export interface Mention {
  ref: EntityRef;
  start: number;
  end: number;
}

interface AliasEntry {
  ref: EntityRef;
  /** The name as written (shown in autocomplete). */
  label: string;
  /** Folded words, for fuzzy lookup of typed names. */
  folded: string;
}

export interface EntityIndex {
  /** Entities named in a question, longest names first, without overlaps. */
  mentions(terms: readonly Term[], typed: string): Mention[];
  /** The entity a typed name most likely refers to (id, name, alias or a close misspelling). */
  lookup(kind: EntityKind, name: string): EntityRef | null;
  /** Entities of a kind ranked for partial text (autocomplete). */
  suggest(kind: EntityKind, partial: string, limit: number): EntityRef[];
  all(kind: EntityKind): EntityRef[];
}

function refsOf(kb: KnowledgeBase): EntityRef[] {
  return [
    ...kb.minerals.map((entity): EntityRef => ({ kind: 'mineral', id: entity.id, entity })),
    ...kb.agencies.map((entity): EntityRef => ({ kind: 'agency', id: entity.id, entity })),
    ...kb.glossary.map((entity): EntityRef => ({ kind: 'glossary', id: entity.id, entity })),
    ...kb.products.map((entity): EntityRef => ({ kind: 'product', id: entity.id, entity })),
  ];
}

export function namesOf(ref: EntityRef): string[] {
  if (ref.kind === 'mineral') return [ref.entity.name, ...ref.entity.aliases];
  if (ref.kind === 'agency') return [ref.entity.name, ...ref.entity.aliases];
  if (ref.kind === 'product') return [ref.entity.name, ...ref.entity.aliases];
  return [ref.entity.term, ...ref.entity.aliases];
}

export function displayName(ref: EntityRef): string {
  if (ref.kind === 'glossary') return ref.entity.term;
  if (ref.kind === 'mineral' && ref.entity.symbol) return `${ref.entity.name} (${ref.entity.symbol})`;
  return ref.entity.name;
}

const fold = (s: string) => foldWords(s).join(' ');

/**
 * Chemical symbols are matched only as typed ("Cu", "Li") and only when two letters long and not
 * also an everyday word or abbreviation ("In", "As", "Be", "Co"), so "is it In force" does not
 * mention indium and "can U help" does not mention uranium.
 */
const SYMBOL_WORDS = new Set(['in', 'as', 'be', 're', 'co', 'pt', 'ga', 'al', 'pr', 'ta', 'te', 'er', 'la', 'ho', 'sc', 'am', 'no', 'he', 'pa', 'ca', 'mo', 'os', 'es']);

/**
 * Mineral names that are also everyday words: "who leads the talks" and "it could lead to tariffs"
 * name no lead. Such a name counts only as the noun, spelled as the mineral and not used as a verb.
 */
const HOMOGRAPHS: Readonly<Record<string, RegExp>> = {
  lead: /(?<!\b(?:to|will|would|could|can|may|might|should|must|jointly|who|which|that|they|we|and|or|co|not|also|does|do|did|all|both|i|you|our|my|your|their|his|her|policy|team|project|sales|account|design|tech|trade|compliance|legal|program|procurement|purchasing|sourcing|chain|finance|operations|ops|product|engineering|category|logistics|research|customs|tax|regulatory|commercial|strategy|risk)[\s-]+)\blead\b(?!\s+(?:to|the|with|off|up|here|times?|negotiations|talks|role|negotiator|agency))/i,
  tin: /\btin\b(?!\s+(?:can|foil))/i,
};

const readsAsMineral = (ref: EntityRef, typed: string): boolean => {
  if (ref.kind !== 'mineral') return true;
  const test = HOMOGRAPHS[ref.entity.id];
  return test === undefined || test.test(typed);
};

export function buildEntityIndex(kb: KnowledgeBase): EntityIndex {
  const refs = refsOf(kb);
  const byTerms = new Map<string, EntityRef[]>();
  let longest = 1;
  const aliases: AliasEntry[] = [];
  for (const ref of refs) {
    for (const name of namesOf(ref)) {
      aliases.push({ ref, label: name, folded: fold(name) });
      const terms = termsOf(name);
      if (terms.length === 0) continue;
      const key = terms.join(' ');
      const list = byTerms.get(key) ?? [];
      if (!list.some((r) => r.kind === ref.kind && r.id === ref.id)) list.push(ref);
      byTerms.set(key, list);
      longest = Math.max(longest, terms.length);
    }
  }
  const symbols = new Map<string, EntityRef>();
  for (const ref of refs) {
    if (ref.kind === 'mineral' && ref.entity.symbol && ref.entity.symbol.length === 2 && !SYMBOL_WORDS.has(ref.entity.symbol.toLowerCase())) symbols.set(ref.entity.symbol, ref);
  }
  const fuseByKind = new Map<EntityKind, Fuse<AliasEntry>>();
  for (const kind of ['mineral', 'agency', 'glossary', 'product'] as const) {
    fuseByKind.set(kind, new Fuse(aliases.filter((a) => a.ref.kind === kind), { keys: ['folded'], includeScore: true, threshold: 0.35, ignoreLocation: true }));
  }

  const mentions = (terms: readonly Term[], typed: string): Mention[] => {
    const found: Mention[] = [];
    for (let i = 0; i < terms.length; ) {
      let hit: Mention[] = [];
      for (let n = Math.min(longest, terms.length - i); n >= 1 && hit.length === 0; n--) {
        const key = terms.slice(i, i + n).map((t) => t.term).join(' ');
        hit = (byTerms.get(key) ?? []).filter((ref) => readsAsMineral(ref, typed)).map((ref) => ({ ref, start: i, end: i + n }));
      }
      found.push(...hit);
      i = hit[0] ? hit[0].end : i + 1;
    }
    for (const word of typed.split(/[^A-Za-z]+/)) {
      const ref = symbols.get(word);
      if (ref && !found.some((m) => m.ref.id === ref.id)) found.push({ ref, start: -1, end: -1 });
    }
    return found;
  };

  const all = (kind: EntityKind) => refs.filter((r) => r.kind === kind);

  const lookup = (kind: EntityKind, name: string): EntityRef | null => {
    const wanted = fold(name);
    if (wanted === '') return null;
    const ofKind = all(kind);
    const exact =
      ofKind.find((r) => r.id === name.trim() || r.id === wanted.replace(/ /g, '-')) ??
      ofKind.find((r) => namesOf(r).some((n) => fold(n) === wanted)) ??
      (byTerms.get(termsOf(name).join(' ')) ?? []).find((r) => r.kind === kind);
    if (exact) return exact;
    if (kind === 'mineral') {
      const bySymbol = ofKind.find((r) => r.kind === 'mineral' && r.entity.symbol === name.trim());
      if (bySymbol) return bySymbol;
    }
    const best = fuseByKind.get(kind)?.search(wanted, { limit: 1 })[0];
    return best && (best.score ?? 1) <= 0.25 ? best.item.ref : null;
  };

  const suggest = (kind: EntityKind, partial: string, limit: number): EntityRef[] => {
    const wanted = fold(partial);
    const ofKind = all(kind);
    if (wanted === '') return ofKind.slice(0, limit);
    const ranked = new Map<string, { ref: EntityRef; rank: number }>();
    const offer = (ref: EntityRef, rank: number) => {
      const prev = ranked.get(ref.id);
      if (!prev || rank < prev.rank) ranked.set(ref.id, { ref, rank });
    };
    for (const a of aliases) {
      if (a.ref.kind !== kind) continue;
      if (a.folded.startsWith(wanted)) offer(a.ref, a.label === namesOf(a.ref)[0] ? 0 : 0.05);
      else if (a.folded.split(' ').some((w) => w.startsWith(wanted))) offer(a.ref, 0.1);
    }
    for (const hit of fuseByKind.get(kind)?.search(wanted, { limit: limit * 2 }) ?? []) offer(hit.item.ref, 0.2 + (hit.score ?? 1));
    return [...ranked.values()].sort((a, b) => a.rank - b.rank || displayName(a.ref).localeCompare(displayName(b.ref))).slice(0, limit).map((r) => r.ref);
  };

  return { mentions, lookup, suggest, all };
}
