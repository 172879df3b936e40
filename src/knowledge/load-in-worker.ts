import { Worker, type ResourceLimits } from 'node:worker_threads';
import { KnowledgeError } from './errors.js';
import { KNOWLEDGE_LIMITS } from './limits.js';
import type { KnowledgeBase } from './model.js';
import type { ReloadWorkerReply } from './reload-worker.js';

type WorkerLimits = Pick<typeof KNOWLEDGE_LIMITS, 'reloadTimeoutMs' | 'reloadHeapMb'>;

/**
 * The worker file sits next to this one with the same extension: .js once compiled, .ts under tsx
 * and vitest, where the worker must load tsx itself (a worker does not inherit tsx's loader).
 */
function startWorker(workerData: { dir: string }, resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  const entry = new URL(`./reload-worker${here.slice(here.lastIndexOf('.'))}`, here);
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const file = JSON.stringify(entry.href);
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${file}, ${file}));`, { eval: true, workerData, resourceLimits, execArgv: [] });
}

/**
 * Reads and validates `dir` on a worker thread, so a slow or huge folder never blocks the event
 * loop, within a time and heap budget; rejects with a KnowledgeError of located problems. The
 * thread ends with each load, so whatever memory a bad file took goes with it.
 */
export function loadKnowledgeInWorker(dir: string, limits: WorkerLimits = KNOWLEDGE_LIMITS): Promise<KnowledgeBase> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ dir }, { maxOldGenerationSizeMb: limits.reloadHeapMb });
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const fail = (problem: string): void => settle(() => reject(new KnowledgeError([problem])));
    const timer = setTimeout(
      () => fail(`reading and validating ${dir} took longer than ${limits.reloadTimeoutMs / 1000} s and was stopped`),
      limits.reloadTimeoutMs,
    );
    timer.unref();
    worker.once('message', (reply: ReloadWorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.kb) : reject(new KnowledgeError(reply.problems)))),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      fail(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `validating ${dir} needed more than the ${limits.reloadHeapMb} MB of memory a reload may use`
          : `the thread reading ${dir} failed: ${err.name}: ${err.message}`,
      ),
    );
    worker.once('exit', (code) => fail(`the thread reading ${dir} stopped (exit code ${code}) before it finished`));
  });
}
