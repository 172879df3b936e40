import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { addDays, addMonths } from './dates.js';
import { formatPath } from './errors.js';
import { KNOWLEDGE_LIMITS } from './limits.js';
import type { KnowledgeBase, LoadedEvent, LoadedFact } from './model.js';
import { resolvePlaceholders } from './placeholders.js';
import { isResearchNote, isShown } from './source-rank.js';
import { tooDeeplyNestedAt } from './yaml-nesting.js';
import {
  ENTRY_KIND,
  KnowledgeFileSchema,
  type Agency,
  type Coverage,
  type Fact,
  type GlossaryTerm,
  type KnowledgeEvent,
  type KnowledgeFile,
  type Mineral,
  type Product,
  type Source,
  type SourceRef,
} from './schema.js';

export interface KnowledgeFileText {
  /** Shown in error messages, e.g. "knowledge/agencies.yaml". */
  path: string;
  text: string;
}

type ListKey = keyof typeof ENTRY_KIND;

/** Where an entry came from, so cross-reference errors can name file, entry and field. */
interface Located<T> {
  file: string;
  kind: string;
  value: T;
}

const label = (e: Located<{ id: string }>) => `${e.file}: ${e.kind} "${e.value.id}"`;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = formatPath(issue.path);
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${where ? `${where}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  const message =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'is required' : issue.message;
  return `${formatPath(issue.path)}: ${message}`;
}

/** Names the entry an issue is about (`agency "ustr"`), from the raw data since validation failed. */
function entryLabel(raw: unknown, path: readonly PropertyKey[]): { where: string; rest: readonly PropertyKey[] } {
  const [list, index, ...rest] = path;
  if (typeof list === 'string' && list in ENTRY_KIND && typeof index === 'number') {
    const entry = (raw as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
    const kind = ENTRY_KIND[list as ListKey];
    const id = typeof entry?.id === 'string' && entry.id !== '' ? `"${entry.id}"` : `#${index + 1}`;
    return { where: `${kind} ${id}`, rest };
  }
  return { where: '', rest: path };
}

/** The document as plain data, or why it cannot be one; every message names the file. */
function readYaml(file: KnowledgeFileText, problems: string[]): { raw: unknown } | undefined {
  const { maxNestingDepth, maxAliasCount } = KNOWLEDGE_LIMITS;
  const deepAt = tooDeeplyNestedAt(file.text, maxNestingDepth);
  if (deepAt !== null) {
    problems.push(`${file.path}: line ${deepAt}: nested more than ${maxNestingDepth} levels deep; knowledge needs only a few`);
    return undefined;
  }
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later YAML errors are mostly echoes of the first one, so only the first is worth reading.
    problems.push(`${file.path}: YAML syntax error: ${doc.errors[0]?.message.split('\n')[0]?.replace(/:\s*$/, '')}`);
    return undefined;
  }
  try {
    return { raw: doc.toJS({ maxAliasCount }) };
  } catch (err) {
    // The yaml library's only refusal here is an alias bomb ("Excessive alias count …").
    const detail = /alias/i.test((err as Error).message)
      ? `its aliases (*name) expand to more than the ${maxAliasCount} copies a knowledge file may hold; write the values out`
      : `YAML could not be read: ${(err as Error).message}`;
    problems.push(`${file.path}: ${detail}`);
    return undefined;
  }
}

function validateFile(file: KnowledgeFileText, problems: string[]): KnowledgeFile | undefined {
  const yaml = readYaml(file, problems);
  if (!yaml) return undefined;
  const { raw } = yaml;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${file.path}: must be a mapping of lists (facts:, sources:, …)`);
    return undefined;
  }
  const result = KnowledgeFileSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { where, rest } = entryLabel(raw, issue.path);
    const detail = describeIssue({ ...issue, path: rest as PropertyKey[] } as z.core.$ZodIssue);
    if (where) problems.push(`${file.path}: ${where}: ${detail}`);
    else if (issue.code === 'unrecognized_keys' && issue.path.length === 0)
      problems.push(`${file.path}: unknown top-level list${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`);
    else problems.push(`${file.path}: ${detail}`);
  }
  return undefined;
}

function collect<T extends { id: string }>(
  files: { path: string; data: KnowledgeFile }[],
  key: Exclude<ListKey, 'coverage'>,
  problems: string[],
): { entries: Located<T>[]; byId: Map<string, Located<T>> } {
  const entries: Located<T>[] = [];
  const byId = new Map<string, Located<T>>();
  for (const { path, data } of files) {
    for (const value of (data[key] ?? []) as unknown as T[]) {
      const entry = { file: path, kind: ENTRY_KIND[key], value };
      const previous = byId.get(value.id);
      if (previous) problems.push(`${label(entry)}: duplicate id (first defined in ${previous.file})`);
      else byId.set(value.id, entry);
      entries.push(entry);
    }
  }
  return { entries, byId };
}

function checkSourceRefs(
  entry: Located<{ id: string; sources: SourceRef[] }>,
  sources: ReadonlyMap<string, Located<Source>>,
  problems: string[],
): void {
  entry.value.sources.forEach((ref, i) => {
    const source = sources.get(ref.id);
    if (!source) problems.push(`${label(entry)}: sources[${i}].id "${ref.id}" does not exist`);
    else if (source.value.excluded) problems.push(`${label(entry)}: sources[${i}].id "${ref.id}" is excluded and may not be cited`);
  });
}

/**
 * What the registry itself promises readers: a mirror is named for the host its link opens, one document is the proclamation's, and an index points into real documents.
 */
function checkSources(sources: ReadonlyMap<string, Located<Source>>, problems: string[]): void {
  const subjects = [...sources.values()].filter((e) => e.value.subject === true);
  for (const extra of subjects.slice(1)) problems.push(`${label(extra)}: subject is already ${subjects[0]?.value.id}; only one document is the proclamation's`);
  for (const entry of sources.values()) {
    const source = entry.value;
    if (source.mirror !== undefined) {
      const host = source.url === undefined ? undefined : new URL(source.url).hostname;
      if (host === undefined) problems.push(`${label(entry)}: mirror "${source.mirror}" needs the url of that copy`);
      else if (host !== source.mirror && !host.endsWith(`.${source.mirror}`))
        problems.push(`${label(entry)}: mirror "${source.mirror}" is not the host its url opens (${host})`);
    }
    if (source.subject === true && (source.url === undefined || !isShown(source)))
      problems.push(`${label(entry)}: the subject document must have a url and be shown to readers`);
    if (source.locatedVia !== undefined) {
      const index = sources.get(source.locatedVia)?.value;
      if (!index) problems.push(`${label(entry)}: locatedVia "${source.locatedVia}" does not exist`);
      else if (index.id === source.id || !isShown(index)) problems.push(`${label(entry)}: locatedVia "${source.locatedVia}" must be another source shown to readers`);
    }
    (source.locates ?? []).forEach((target, i) => {
      const located = sources.get(target.source);
      const where = `${label(entry)}: locates[${i}].source "${target.source}"`;
      if (!located) problems.push(`${where} does not exist`);
      else if (target.source === source.id) problems.push(`${where} points to itself`);
      else if (!isShown(located.value)) problems.push(`${where} is never shown to readers`);
      if (target.when === undefined && i !== (source.locates ?? []).length - 1)
        problems.push(`${label(entry)}: locates[${i}] has no "when", so it must come last`);
    });
  }
}

/** Research notes and aggregators cannot carry a claim marked primary on their own. */
function checkPrimarySupport(
  entry: Located<{ id: string; sources: SourceRef[]; confidence?: string }>,
  sources: ReadonlyMap<string, Located<Source>>,
  problems: string[],
): void {
  if (entry.value.confidence !== 'primary') return;
  const weak = (ref: SourceRef) => {
    const source = sources.get(ref.id)?.value;
    return source === undefined || isResearchNote(source) || source.kind === 'aggregator';
  };
  if (entry.value.sources.every(weak))
    problems.push(`${label(entry)}: confidence is primary but it cites only research notes or aggregators; cite a document readers can open, or lower the confidence`);
}

function resolveEventDates(
  events: ReadonlyMap<string, Located<KnowledgeEvent>>,
  problems: string[],
): Map<string, string> {
  const dates = new Map<string, string>();
  const visiting = new Set<string>();
  const resolve = (id: string): string | undefined => {
    const known = dates.get(id);
    if (known) return known;
    const entry = events.get(id);
    if (!entry) return undefined;
    const { date, offset } = entry.value;
    if (date) {
      dates.set(id, date);
      return date;
    }
    if (!offset) return undefined;
    if (visiting.has(id)) {
      problems.push(`${label(entry)}: offset.from forms a cycle through "${id}"`);
      return undefined;
    }
    visiting.add(id);
    const base = resolve(offset.from);
    visiting.delete(id);
    if (!base) {
      if (!events.has(offset.from)) problems.push(`${label(entry)}: offset.from "${offset.from}" does not exist`);
      return undefined;
    }
    const derived = offset.days !== undefined ? addDays(base, offset.days) : addMonths(base, offset.months ?? 0);
    dates.set(id, derived);
    return derived;
  };
  for (const id of events.keys()) resolve(id);
  return dates;
}

function checkCoverage(
  coverage: Located<Coverage> | undefined,
  facts: ReadonlyMap<string, unknown>,
  problems: string[],
): void {
  if (!coverage) return;
  for (const [map, parts] of Object.entries(coverage.value)) {
    for (const [part, ids] of Object.entries(parts as Record<string, string[]>)) {
      ids.forEach((id, i) => {
        if (!facts.has(id)) problems.push(`${coverage.file}: coverage ${map}.${part}[${i}]: fact "${id}" does not exist`);
      });
    }
  }
}

const topicOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Over file names, not paths: the same knowledge has the same version whatever the working directory. */
function versionOf(files: readonly KnowledgeFileText[], sources: readonly Source[]): KnowledgeBase['version'] {
  const hash = createHash('sha256');
  const named = files.map((f) => ({ name: basename(f.path), text: f.text })).sort((a, b) => a.name.localeCompare(b.name));
  for (const f of named) hash.update(`${f.name}\0${f.text}\0`);
  const newestSourceDate = sources.map((s) => s.date ?? '').reduce((a, b) => (b > a ? b : a), '');
  return { hash: hash.digest('hex').slice(0, 12), newestSourceDate };
}

/**
 * Validates and cross-references knowledge files held in memory. Pure: the caller reads the
 * files. Throws nothing; returns either the knowledge base or every problem found.
 */
export function parseKnowledge(
  files: readonly KnowledgeFileText[],
): { ok: true; kb: KnowledgeBase } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const parsed: { path: string; data: KnowledgeFile }[] = [];
  for (const file of files) {
    const data = validateFile(file, problems);
    if (data) parsed.push({ path: file.path, data });
  }
  if (problems.length > 0) return { ok: false, problems };

  const sources = collect<Source>(parsed, 'sources', problems);
  const facts = collect<Fact>(parsed, 'facts', problems);
  const agencies = collect<Agency>(parsed, 'agencies', problems);
  const minerals = collect<Mineral>(parsed, 'minerals', problems);
  const glossary = collect<GlossaryTerm>(parsed, 'glossary', problems);
  const products = collect<Product>(parsed, 'products', problems);
  const events = collect<KnowledgeEvent>(parsed, 'events', problems);

  const coverages = parsed.filter((f) => f.data.coverage).map((f) => ({ file: f.path, kind: 'coverage', value: f.data.coverage as Coverage }));
  if (coverages.length > 1) problems.push(`${coverages[1]?.file}: coverage is already defined in ${coverages[0]?.file}`);
  if (sources.entries.length === 0) problems.push('no sources defined (a file needs a `sources:` list)');
  if (facts.entries.length === 0) problems.push('no facts defined (a file needs a `facts:` list)');

  const cited = [...facts.entries, ...agencies.entries, ...minerals.entries, ...glossary.entries, ...products.entries, ...events.entries];
  checkSources(sources.byId, problems);
  for (const entry of cited) {
    checkSourceRefs(entry, sources.byId, problems);
    checkPrimarySupport(entry, sources.byId, problems);
  }

  for (const entry of facts.entries) {
    entry.value.related.forEach((id, i) => {
      if (!facts.byId.has(id)) problems.push(`${label(entry)}: related[${i}] "${id}" does not exist`);
      else if (id === entry.value.id) problems.push(`${label(entry)}: related[${i}] points to itself`);
      else if (entry.value.related.indexOf(id) !== i) problems.push(`${label(entry)}: related[${i}] "${id}" is listed twice`);
    });
  }
  for (const entry of [...facts.entries, ...agencies.entries, ...glossary.entries]) {
    const text = 'answer' in entry.value ? entry.value.answer : 'role' in entry.value ? entry.value.role : entry.value.definition;
    if (entry.value.confidence === 'article-only' && !/\bICN article\b/.test(text))
      problems.push(`${label(entry)}: confidence is article-only, so the text must attribute it ("According to the ICN article, …")`);
  }
  for (const entry of minerals.entries) {
    if (entry.value.added2025 && !entry.value.listed) problems.push(`${label(entry)}: added2025 is true but listed is false`);
    if (entry.value.namedUnconfirmed && entry.value.namedInProclamation) problems.push(`${label(entry)}: namedUnconfirmed and namedInProclamation are both true`);
  }
  for (const entry of agencies.entries) {
    const parent = entry.value.parent;
    if (parent && !agencies.byId.has(parent)) problems.push(`${label(entry)}: parent "${parent}" does not exist`);
  }
  for (const entry of products.entries) {
    entry.value.minerals.forEach((id, i) => {
      if (!minerals.byId.has(id)) problems.push(`${label(entry)}: minerals[${i}] "${id}" does not exist`);
    });
  }
  for (const entry of glossary.entries) {
    entry.value.combines.forEach((id, i) => {
      if (!glossary.byId.has(id)) problems.push(`${label(entry)}: combines[${i}] "${id}" does not exist`);
    });
  }
  for (const entry of facts.entries) {
    const after = entry.value.after;
    if (after && !events.byId.has(after)) problems.push(`${label(entry)}: after "${after}" is not an event`);
  }
  for (const entry of events.entries) {
    const fact = entry.value.explainedBy;
    if (fact && !facts.byId.has(fact)) problems.push(`${label(entry)}: explainedBy "${fact}" does not exist`);
  }
  checkCoverage(coverages[0], facts.byId, problems);

  const eventDates = resolveEventDates(events.byId, problems);
  // An event that exists but has no date already has its own problem reported.
  const dateOf = (id: string) => eventDates.get(id) ?? (events.byId.has(id) ? null : undefined);
  const resolveText = (entry: Located<{ id: string }>, field: string, text: string): string => {
    const out = resolvePlaceholders(text, dateOf);
    for (const p of out.problems) problems.push(`${label(entry)}: ${field}: ${p}`);
    return out.text;
  };

  const loadedFacts: LoadedFact[] = facts.entries.map((e) => ({
    ...e.value,
    answer: resolveText(e, 'answer', e.value.answer),
    topic: topicOf(e.file),
  }));
  const loadedEvents: LoadedEvent[] = events.entries
    .map((e) => ({
      ...e.value,
      description: resolveText(e, 'description', e.value.description),
      date: eventDates.get(e.value.id) ?? '',
      derived: e.value.offset !== undefined,
      topic: topicOf(e.file),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const loadedAgencies = agencies.entries.map((e) => ({ ...e.value, role: resolveText(e, 'role', e.value.role) }));
  const loadedGlossary = glossary.entries.map((e) => ({ ...e.value, definition: resolveText(e, 'definition', e.value.definition) }));
  const loadedProducts = products.entries.map((e) => ({ ...e.value, note: resolveText(e, 'note', e.value.note) }));
  const loadedMinerals = minerals.entries.map((e) =>
    e.value.note === undefined ? e.value : { ...e.value, note: resolveText(e, 'note', e.value.note) },
  );

  if (problems.length > 0) return { ok: false, problems };

  const sourceList = sources.entries.map((e) => e.value);
  return {
    ok: true,
    kb: {
      facts: loadedFacts,
      sources: sourceList,
      agencies: loadedAgencies,
      minerals: loadedMinerals,
      glossary: loadedGlossary,
      products: loadedProducts,
      events: loadedEvents,
      coverage: coverages[0]?.value ?? null,
      factById: new Map(loadedFacts.map((f) => [f.id, f])),
      sourceById: new Map(sourceList.map((s) => [s.id, s])),
      eventById: new Map(loadedEvents.map((e) => [e.id, e])),
      version: versionOf(files, sourceList),
    },
  };
}
