import type { Source, SourceKindName } from './schema.js';

/**
 * How much a reader can lean on a kind of source, strongest first (0): the official text and the
 * Federal Register, then official releases, law firms, wire services, the press, industry,
 * aggregators and data indexes. Answers show their strongest sources first.
 */
export const SOURCE_AUTHORITY: Readonly<Record<SourceKindName, number>> = {
  'federal-register': 0,
  'official-text': 0,
  'statute-regulation': 0,
  official: 1,
  'law-firm': 2,
  wire: 3,
  'trade-press': 4,
  'news-article': 4,
  industry: 5,
  aggregator: 6,
  'data-index': 7,
  'research-dossier': 8,
};

export const authorityOf = (source: Source): number => SOURCE_AUTHORITY[source.kind];

/** The team's own notes (the dossier and the like): cited in the knowledge, never shown to a reader. */
export const isResearchNote = (source: Source): boolean => source.researchNote === true || source.kind === 'research-dossier';

/** Whether readers may see a source at all. */
export const isShown = (source: Source | undefined): source is Source => source !== undefined && !source.excluded && !isResearchNote(source);
