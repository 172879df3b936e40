import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The ten-word runs of the sources, for the "own words" check. The sources live beside the checkout
 * (../shared/sources); a clone without them still runs the check against a committed fingerprint:
 * a short hash of every run, which says nothing readable about the text it came from.
 */
export const RUN_LENGTH = 10;
export const SOURCE_FILES = ['article-icn-2026-01-20.txt', 'proclamation-dossier.md'] as const;
const SOURCES_DIR = new URL('../../../../shared/sources/', import.meta.url);
const FINGERPRINT = new URL('../../fixtures/source-runs.txt', import.meta.url);

export const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9%$ ]+/g, ' ').split(/\s+/).filter(Boolean);

/** 40 bits: with ~10⁴ runs on each side, a false match has odds around 1 in 10⁴. */
export const runHash = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 10);

export function runsOf(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) runs.push(w.slice(i, i + RUN_LENGTH).join(' '));
  return runs;
}

export const sourcesPresent = (): boolean => SOURCE_FILES.every((f) => existsSync(new URL(f, SOURCES_DIR)));

/** Hashes of every run of the sources, sorted: what the fingerprint file holds. */
export function hashesFromSources(): string[] {
  const hashes = new Set(SOURCE_FILES.flatMap((f) => runsOf(readFileSync(new URL(f, SOURCES_DIR), 'utf8')).map(runHash)));
  return [...hashes].sort();
}

export function hashesFromFingerprint(): string[] {
  return readFileSync(FINGERPRINT, 'utf8').split('\n').filter(Boolean);
}

/** The sources when they are beside the checkout, else the committed fingerprint. */
export function sourceRunHashes(): ReadonlySet<string> {
  return new Set(sourcesPresent() ? hashesFromSources() : hashesFromFingerprint());
}

// `npx tsx test/knowledge/support/source-runs.ts` rewrites the fingerprint after the sources change.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FINGERPRINT, `${hashesFromSources().join('\n')}\n`);
  console.log(`wrote ${fileURLToPath(FINGERPRINT)}`);
}
