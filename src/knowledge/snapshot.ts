import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from './model.js';
import type { KnowledgeFileText } from './parse.js';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from './read-files.js';

/**
 * A validated knowledge base written at build time, so start-up need not parse YAML (half a second
 * on a small machine). It is used only while its key matches the YAML files byte for byte; any edit
 * to knowledge/ (or a mounted folder) makes start-up read the YAML as before. /reload and
 * knowledge:check always read the YAML.
 */

/** Bumped whenever KnowledgeBase changes shape, so a snapshot from another build is never misread. */
const FORMAT = 2;

/** Next to the built code (dist/knowledge.snapshot.json): `npm run build` writes it. */
export const DEFAULT_SNAPSHOT_PATH = fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url));

type StoredKnowledge = Omit<KnowledgeBase, 'factById' | 'sourceById' | 'eventById'>;

interface Snapshot {
  format: number;
  key: string;
  kb: StoredKnowledge;
}

export type KnowledgeOrigin = 'snapshot' | 'yaml';

/** Names and contents of the files, not their paths: the key must not depend on the working directory. */
export function knowledgeKey(files: readonly KnowledgeFileText[]): string {
  const hash = createHash('sha256');
  const named = files.map((f) => ({ name: basename(f.path), text: f.text })).sort((a, b) => a.name.localeCompare(b.name));
  for (const f of named) hash.update(`${f.name}\0${f.text}\0`);
  return `${FORMAT}:${hash.digest('hex')}`;
}

export function serializeSnapshot(files: readonly KnowledgeFileText[], kb: KnowledgeBase): string {
  const { factById: _facts, sourceById: _sources, eventById: _events, ...stored } = kb;
  const snapshot: Snapshot = { format: FORMAT, key: knowledgeKey(files), kb: stored };
  return JSON.stringify(snapshot);
}

/** The knowledge base the snapshot holds, or null when it belongs to other files or another format. */
export function restoreSnapshot(json: string, files: readonly KnowledgeFileText[]): KnowledgeBase | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(json) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot?.format !== FORMAT || snapshot.key !== knowledgeKey(files)) return null;
  const { kb } = snapshot;
  return {
    ...kb,
    factById: new Map(kb.facts.map((f) => [f.id, f])),
    sourceById: new Map(kb.sources.map((s) => [s.id, s])),
    eventById: new Map(kb.events.map((e) => [e.id, e])),
  };
}

function readSnapshot(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The knowledge a process starts with: the snapshot when it matches the files, else the YAML,
 * validated as always (a KnowledgeError then says what is wrong). The YAML loader is imported only
 * when needed, because the parser and the schemas cost start-up time the snapshot saves.
 */
export async function loadStartupKnowledge(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  snapshotPath: string = DEFAULT_SNAPSHOT_PATH,
): Promise<{ kb: KnowledgeBase; origin: KnowledgeOrigin }> {
  const json = readSnapshot(snapshotPath);
  const kb = json === null ? null : restoreSnapshot(json, readKnowledgeFiles(dir));
  if (kb) return { kb, origin: 'snapshot' };
  const { loadKnowledge } = await import('./loader.js');
  return { kb: loadKnowledge(dir), origin: 'yaml' };
}
