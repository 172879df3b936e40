import type { Agency, Coverage, Fact, GlossaryTerm, KnowledgeEvent, Mineral, Product, Source } from './schema.js';

export type Topic = string;

/** A fact as served: placeholders resolved, topic (its file's name) attached. */
export interface LoadedFact extends Fact {
  topic: Topic;
}

/** An event whose date is known, whether typed or derived from another event. */
export interface LoadedEvent extends KnowledgeEvent {
  date: string;
  derived: boolean;
  /** The file it is defined in ("developments" for what happened after the proclamation). */
  topic: Topic;
}

export interface KnowledgeVersion {
  /** First 12 hex characters of a SHA-256 over every file's name and content. */
  hash: string;
  /** The newest date among the sources, as written there. */
  newestSourceDate: string;
}

/** The validated, cross-referenced knowledge base every front end reads. */
export interface KnowledgeBase {
  facts: LoadedFact[];
  sources: Source[];
  agencies: Agency[];
  minerals: Mineral[];
  glossary: GlossaryTerm[];
  products: Product[];
  events: LoadedEvent[];
  /** Article paragraph and dossier topic → fact ids; null only in partial test fixtures. */
  coverage: Coverage | null;
  factById: ReadonlyMap<string, LoadedFact>;
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, LoadedEvent>;
  version: KnowledgeVersion;
}
