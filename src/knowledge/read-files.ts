import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors.js';
import type { KnowledgeFileText } from './parse.js';

/**
 * Kept apart from the loader so start-up can read and hash the files without importing the YAML
 * parser and the zod schemas, which a matching knowledge snapshot makes unnecessary.
 */

/** The repository's knowledge/ folder, found from this module so the cwd does not matter. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Reads every *.yaml file of `dir` (sorted, so the result never depends on the file system order). */
export function readKnowledgeFiles(dir: string): KnowledgeFileText[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (err) {
    throw new KnowledgeError([`cannot read the knowledge folder ${dir}: ${(err as Error).message}`]);
  }
  if (names.length === 0) throw new KnowledgeError([`no .yaml files in the knowledge folder ${dir}`]);
  const shown = relative(process.cwd(), dir);
  const prefix = shown === '' ? '' : shown.startsWith('..') || isAbsolute(shown) ? dir : shown;
  return names.map((name) => ({
    path: prefix ? join(prefix, name) : name,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
}
