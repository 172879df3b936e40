import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../engine/engine.js';
import { recordTerms, useKnownTerms, type TermsTable } from '../engine/text/known-terms.js';
import type { KnowledgeBase } from '../knowledge/model.js';

/**
 * The analysed knowledge texts, written at build time next to the built code, so start-up builds
 * its engine without analysing every fact again (most of a cold answer's time). The table is used
 * only under the fingerprint of the analyser code it came from: an analyser changed since (a build
 * step skipped, code edited under dist/) makes start-up analyse as before, never read stale terms.
 */

/** dist/terms.snapshot.json: `npm run build` writes it. */
export const DEFAULT_TERMS_SNAPSHOT_PATH = fileURLToPath(new URL('../terms.snapshot.json', import.meta.url));

/** Everything `termsOf` runs on lives in this folder and imports nothing outside it. */
const ANALYSER_DIR = fileURLToPath(new URL('../engine/text/', import.meta.url));

interface TermsSnapshot {
  analyser: string;
  terms: TermsTable;
}

/** A hash of the analyser's own code, as it is on disk now. */
export function analyserFingerprint(dir: string = ANALYSER_DIR): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => /\.[cm]?[jt]s$/.test(n)).sort()) hash.update(`${name}\0${readFileSync(`${dir}/${name}`, 'utf8')}\0`);
  return hash.digest('hex');
}

/** Analyses what building an engine on `kb` and answering its facts' titles analyses, and writes it. */
export function writeTermsSnapshot(kb: KnowledgeBase, path: string = DEFAULT_TERMS_SNAPSHOT_PATH): number {
  const terms = recordTerms(() => {
    const engine = createEngine(kb);
    const now = new Date();
    for (const fact of kb.facts) engine.ask(fact.title, now);
  });
  const snapshot: TermsSnapshot = { analyser: analyserFingerprint(), terms };
  writeFileSync(path, JSON.stringify(snapshot));
  return Object.keys(terms).length;
}

function isTable(value: unknown): value is TermsTable {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((terms) => Array.isArray(terms) && terms.every((t) => typeof t === 'string'));
}

/**
 * Puts the snapshot's terms in use when it was written by the analyser on disk; says whether it
 * did. A missing or unreadable file only means start-up analyses the texts itself.
 */
export function useTermsSnapshot(path: string = DEFAULT_TERMS_SNAPSHOT_PATH): boolean {
  let snapshot: TermsSnapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as TermsSnapshot;
  } catch {
    return false;
  }
  if (snapshot?.analyser !== analyserFingerprint() || !isTable(snapshot.terms)) return false;
  useKnownTerms(snapshot.terms);
  return true;
}
