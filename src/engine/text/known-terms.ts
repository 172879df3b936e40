/**
 * Terms of texts worked out ahead of time (at build time, for the knowledge): analysing every
 * fact, phrasing and name is most of what building an engine costs at start-up. `termsOf` is a
 * pure function of its text, so a table written by the same analyser gives the same terms; the
 * table is trusted only under the fingerprint of the analyser that wrote it (see
 * src/process/terms-snapshot.ts).
 */

export type TermsTable = Readonly<Record<string, readonly string[]>>;

let known: ReadonlyMap<string, readonly string[]> = new Map();
let recording: Map<string, readonly string[]> | null = null;

/** The terms of `text` from the table in use, if it holds them. */
export function knownTermsOf(text: string): string[] | undefined {
  return known.get(text)?.slice();
}

/** Called by `termsOf` with what it worked out, so a recording sees every text analysed. */
export function noteTerms(text: string, terms: readonly string[]): void {
  recording?.set(text, terms);
}

/** Every text `run` analyses (through termsOf), with its terms: the table a build writes. */
export function recordTerms(run: () => void): TermsTable {
  const previous = known;
  recording = new Map();
  known = new Map();
  try {
    run();
    return Object.fromEntries(recording);
  } finally {
    recording = null;
    known = previous;
  }
}

/** Makes `termsOf` read these texts' terms from the table instead of analysing them again. */
export function useKnownTerms(table: TermsTable): void {
  known = new Map(Object.entries(table));
}
