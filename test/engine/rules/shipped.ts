import { createEngine } from '../../../src/engine/engine.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';

/** The shipped knowledge and one engine over it, shared by the rule tables. */
export const kb = loadKnowledge();
export const engine = createEngine(kb);
export const DEC_1 = new Date('2026-12-01T12:00:00Z');
export const MARCH_1 = new Date('2026-03-01T12:00:00Z');

/** The rule that answered, without what it passed through ("question-in-context/duty-status" → "duty-status"). */
export const finalIntent = (intent: string) => intent.split('/').at(-1) ?? intent;
