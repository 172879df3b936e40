import type { KnowledgeBase } from '../knowledge/model.js';
import type { Source, SourceRef } from '../knowledge/schema.js';
import { authorityOf, isShown } from '../knowledge/source-rank.js';
import type { CitedSource } from './answer.js';

/** A reader weighs an answer by its first few sources; more is noise in a chat reply. */
export const MAX_CITED = 3;

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];
const ordinal = (n: string) => ORDINALS[Number(n)] ?? `${n}th`;
const VIA = /^(.*?)(?:,\s*)?located via (.+)$/;

/**
 * A locator as a reader can use it: "para. 4" → "¶4", "bullet 4" → "4th bullet", a data file
 * ("control-measures.json") → "control-measures record", and no internal record ids or field
 * names. Already human text passes unchanged, so answers built from answers can cite again.
 */
export function humanLocator(locator: string): string {
  return locator
    .replace(/\bparas?\.\s*(?=\d)/g, (m) => (m.startsWith('paras') ? '¶¶' : '¶'))
    .replace(/\bbullets (\d+) and (\d+)\b/g, (_m, a: string, b: string) => `${ordinal(a)} and ${ordinal(b)} bullets`)
    .replace(/\bbullet (\d+)\b/g, (_m, n: string) => `${ordinal(n)} bullet`)
    .replace(/\b([a-z][\w-]*)\.json\b/g, '$1 record')
    .replace(/\b(?:evt|src)-[a-z0-9-]+/g, '')
    .replace(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g, (m) => m.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`))
    .replace(/\s+([,;)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/** Places in a document's own text a locator names (¶1, clause (1), heading), for one located elsewhere. */
function positionsIn(locator: string): string[] {
  return locator.match(/¶¶?\s?\d+(?:[–-]\d+)?(?:, \d+(?:[–-]\d+)?)*|\bclauses? \(\d+\)(?:[–-]\(\d+\))?|\bheading\b/g) ?? [];
}



export const nameOf = (source: Source): string => source.name ?? source.publisher;

/** The document a locator of `source` points into, when the source is an index of other texts. */
function locatedIn(kb: KnowledgeBase, source: Source, locator: string): Source | undefined {
  const target = source.locates?.find((l) => l.when === undefined || locator.includes(l.when));
  const document = target ? kb.sourceById.get(target.source) : undefined;
  return isShown(document) ? document : undefined;
}

interface Pending {
  source: Source;
  first: number;
  /** Human locators read in the source itself, in citing order. */
  places: string[];
  /** Places another source located in this one. */
  viaPlaces: string[];
  /** Names of the sources that located them (or the whole claim). */
  via: string[];
}

const addOnce = (list: string[], item: string) => {
  if (item !== '' && !list.includes(item)) list.push(item);
};

/**
 * "¶8; ¶9", or with what an index located: "heading; clause (1), located via …". An index that
 * only corroborates a place read directly is not mentioned; a document never opened directly
 * (`locatedVia`) says so for every place.
 */
function locatorOf(p: Pending): string {
  const located = p.source.locatedVia !== undefined;
  const direct = located ? [] : p.places;
  const viaPlaces = located ? [...p.places, ...p.viaPlaces.filter((x) => !p.places.includes(x))] : p.viaPlaces.filter((x) => !p.places.includes(x));
  const by = `located via ${p.via.join(' and ')}`;
  if (p.via.length === 0 || (viaPlaces.length === 0 && direct.length > 0)) return direct.join('; ') || 'whole document';
  return [...direct, viaPlaces.length === 0 ? by : `${viaPlaces.join('; ')}, ${by}`].join('; ');
}

/**
 * Resolves source references to what a reader sees: research notes and excluded sources dropped,
 * a claim an index located in an official text shown against that text ("clause (1), located via
 * …"), several references to one source joined ("¶8; ¶9"), then the strongest kinds first and at
 * most MAX_CITED of them. The proclamation's own document leads among equals, so an answer that
 * rests on it always links it.
 */
export function citeSources(kb: KnowledgeBase, refs: readonly SourceRef[], limit = MAX_CITED): CitedSource[] {
  const pending = new Map<string, Pending>();
  const entry = (source: Source): Pending => {
    let p = pending.get(source.id);
    if (!p) {
      p = { source, first: pending.size, places: [], viaPlaces: [], via: [] };
      const index = source.locatedVia === undefined ? undefined : kb.sourceById.get(source.locatedVia);
      if (isShown(index)) p.via.push(nameOf(index));
      pending.set(source.id, p);
    }
    return p;
  };
  for (const ref of refs) {
    const source = kb.sourceById.get(ref.id);
    if (!isShown(source)) continue;
    for (const part of ref.locator.split(/;\s*/)) {
      const document = locatedIn(kb, source, part);
      if (document) {
        const p = entry(document);
        for (const place of positionsIn(humanLocator(part))) addOnce(p.viaPlaces, place);
        addOnce(p.via, nameOf(source));
        continue;
      }
      const p = entry(source);
      const [, place = part, by] = VIA.exec(part) ?? [];
      if (by === undefined) addOnce(p.places, humanLocator(place));
      else {
        addOnce(p.viaPlaces, humanLocator(place));
        addOnce(p.via, by);
      }
    }
  }
  const rank = (p: Pending) => authorityOf(p.source) * 2 + (p.source.subject === true ? 0 : 1);
  return [...pending.values()]
    .sort((a, b) => rank(a) - rank(b) || a.first - b.first)
    .slice(0, Math.max(0, Math.min(limit, MAX_CITED)))
    .map((p) => ({
      id: p.source.id,
      name: nameOf(p.source),
      title: p.source.title,
      publisher: p.source.publisher,
      ...(p.source.url ? { url: p.source.url } : {}),
      ...(p.source.mirror ? { mirror: p.source.mirror } : {}),
      locator: locatorOf(p),
      authority: authorityOf(p.source),
    }));
}

/** Whether a claim rests on the proclamation's official text, directly or as located by an index. */
export function restsOnSubject(kb: KnowledgeBase, refs: readonly SourceRef[]): boolean {
  return refs.some((ref) => {
    const source = kb.sourceById.get(ref.id);
    if (!isShown(source)) return false;
    return source.subject === true || ref.locator.split(/;\s*/).some((part) => locatedIn(kb, source, part)?.subject === true);
  });
}

/**
 * "White House fact sheet (mirror at pubt.io) — 4th bullet": a citation as every front end writes
 * it, so the console and Discord read the same.
 */
export function citationText(source: CitedSource): string {
  return `${source.name}${source.mirror ? ` (mirror at ${source.mirror})` : ''} — ${source.locator}`;
}
