import { KnowledgeError } from './errors.js';
import type { KnowledgeBase } from './model.js';
import { parseKnowledge } from './parse.js';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from './read-files.js';

export { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles };

/** Loads, validates and cross-references the knowledge base; throws KnowledgeError on any problem. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const result = parseKnowledge(readKnowledgeFiles(dir));
  if (!result.ok) throw new KnowledgeError(result.problems);
  return result.kb;
}
