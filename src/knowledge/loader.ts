import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors.js';
import type { KnowledgeBase } from './model.js';
import { parseKnowledge } from './parse.js';
import { readKnowledgeFolder } from './safe-read.js';

/** The repository's knowledge/ folder, found from this module so the cwd does not matter. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Every *.yaml file of `dir`, within the limits of ./limits.ts; see readKnowledgeFolder. */
export const readKnowledgeFiles = readKnowledgeFolder;

/** Loads, validates and cross-references the knowledge base; throws KnowledgeError on any problem. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const result = parseKnowledge(readKnowledgeFiles(dir));
  if (!result.ok) throw new KnowledgeError(result.problems);
  return result.kb;
}
