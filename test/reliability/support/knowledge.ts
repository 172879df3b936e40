import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/knowledge/loader.js';

/** The shipped knowledge/ folder the reliability tests run against (and copy before breaking). */
export const SHIPPED_KNOWLEDGE = DEFAULT_KNOWLEDGE_DIR;
