import { fileURLToPath } from 'node:url';
import type { KnowledgeFileText } from './parse.js';
import { readKnowledgeFolder } from './safe-read.js';

/**
 * Kept apart from the loader so start-up can read and hash the files without importing the YAML
 * parser and the zod schemas, which a matching knowledge snapshot makes unnecessary.
 */

/** The repository's knowledge/ folder, found from this module so the cwd does not matter. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/**
 * Every *.yaml file of `dir` within the limits of ./limits.ts (see readKnowledgeFolder), so the
 * snapshot's key is computed from files that passed the same checks as a reload's.
 */
export function readKnowledgeFiles(dir: string): KnowledgeFileText[] {
  return readKnowledgeFolder(dir);
}
