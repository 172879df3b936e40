import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError } from './errors.js';
import type { KnowledgeBase } from './model.js';
import { parseKnowledge } from './parse.js';
import { readKnowledgeFolder } from './safe-read.js';

/** The thread's one message: the validated knowledge, or every located problem. */
export type ReloadWorkerReply = { ok: true; kb: KnowledgeBase } | { ok: false; problems: string[] };

/** Started by load-in-worker.ts with `{ dir }`; reads and validates it off the bot's event loop. */
function readAndValidate(dir: string): ReloadWorkerReply {
  try {
    const result = parseKnowledge(readKnowledgeFolder(dir));
    return result.ok ? { ok: true, kb: result.kb } : { ok: false, problems: result.problems };
  } catch (err) {
    return { ok: false, problems: err instanceof KnowledgeError ? [...err.problems] : [`${(err as Error).name}: ${(err as Error).message}`] };
  }
}

parentPort?.postMessage(readAndValidate((workerData as { dir: string }).dir));
