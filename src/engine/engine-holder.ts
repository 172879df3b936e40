import { performance } from 'node:perf_hooks';
import { KnowledgeError } from '../knowledge/errors.js';
import type { KnowledgeVersion } from '../knowledge/model.js';
import type { Engine } from './engine-api.js';

export type ReloadOutcome =
  | { ok: true; previous: KnowledgeVersion; current: KnowledgeVersion; facts: number }
  /** `problems` are the loader's located lines (`knowledge/<file>.yaml: fact "<id>": <field>: …`). */
  | { ok: false; serving: KnowledgeVersion; problems: readonly string[] };

/** One reload as it ran, for the log: how many requests it answered, how many wait for the next. */
export interface ReloadRun {
  requests: number;
  waiting: number;
}

/** The engine currently serving, replaced only by a complete, validated one. */
export interface EngineHolder {
  engine(): Engine;
  /**
   * Builds a new engine from scratch; on any failure the old one keeps serving. Requests are
   * coalesced: one made while a reload runs waits for the next run, which every request made
   * meanwhile shares, so a burst of any size costs at most two runs.
   */
  reload(): Promise<ReloadOutcome>;
  /** Told once per run, not per request; listeners must not throw. */
  onReload(listener: (outcome: ReloadOutcome, run: ReloadRun) => void): void;
}

export interface EngineHolderOptions {
  /** The least time from the end of one run to the start of the next. */
  spacingMs?: number;
  now?: () => number;
}

/**
 * A second between runs: a storm of SIGHUPs or /reloads (50 in a second) costs two runs, however
 * quickly one run finishes, while an admin who fixes a file and reloads again waits at most that.
 */
export const RELOAD_SPACING_MS = 1000;

interface Batch {
  requests: number;
  promise: Promise<ReloadOutcome>;
  resolve(outcome: ReloadOutcome): void;
}

function newBatch(): Batch {
  let resolve!: (outcome: ReloadOutcome) => void;
  const promise = new Promise<ReloadOutcome>((r) => (resolve = r));
  return { requests: 0, promise, resolve };
}

/**
 * `rebuild` reads, validates and indexes the knowledge anew (off the event loop where it can) and
 * resolves with a complete engine, so no interaction can observe a half-loaded one: the swap is
 * one assignment. The first engine is built by the caller, which fails loudly without one.
 */
export function createEngineHolder(initial: Engine, rebuild: () => Promise<Engine>, options: EngineHolderOptions = {}): EngineHolder {
  const spacingMs = options.spacingMs ?? RELOAD_SPACING_MS;
  const now = options.now ?? (() => performance.now());
  const listeners: ((outcome: ReloadOutcome, run: ReloadRun) => void)[] = [];
  let current = initial;
  /** Requests not yet taken up by a run that has started. */
  let waiting: Batch | null = null;
  let running = false;
  let lastEnded = Number.NEGATIVE_INFINITY;
  const waitingRequests = (): number => waiting?.requests ?? 0;

  async function runOnce(): Promise<ReloadOutcome> {
    const previous = current.kb.version;
    try {
      const next = await rebuild();
      current = next;
      return { ok: true, previous, current: next.kb.version, facts: next.kb.facts.length };
    } catch (err) {
      const problems = err instanceof KnowledgeError ? err.problems : [`${(err as Error).name}: ${(err as Error).message}`];
      return { ok: false, serving: previous, problems };
    }
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (waiting !== null) {
        const pause = lastEnded + spacingMs - now();
        if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
        const batch = waiting;
        waiting = null;
        const outcome = await runOnce();
        lastEnded = now();
        batch.resolve(outcome);
        for (const listener of listeners) listener(outcome, { requests: batch.requests, waiting: waitingRequests() });
      }
    } finally {
      running = false;
    }
  }

  return {
    engine: () => current,
    reload() {
      waiting ??= newBatch();
      waiting.requests += 1;
      const { promise } = waiting;
      if (!running) void drain();
      return promise;
    },
    onReload(listener) {
      listeners.push(listener);
    },
  };
}

/** One human-readable summary, the same in the log and in the admin's private reply. */
export function describeReload(outcome: ReloadOutcome): string {
  if (outcome.ok) {
    const changed = outcome.previous.hash === outcome.current.hash ? 'unchanged' : `was ${outcome.previous.hash}`;
    return `Knowledge reloaded: now serving version ${outcome.current.hash} (${changed}) with ${outcome.facts} facts.`;
  }
  const count = outcome.problems.length;
  return [
    `Knowledge reload failed; still serving version ${outcome.serving.hash}. ${count} problem${count === 1 ? '' : 's'}:`,
    ...outcome.problems.map((p) => `- ${p}`),
  ].join('\n');
}
