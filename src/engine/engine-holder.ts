import { KnowledgeError } from '../knowledge/errors.js';
import type { KnowledgeVersion } from '../knowledge/model.js';
import type { Engine } from './engine-api.js';

export type ReloadOutcome =
  | { ok: true; previous: KnowledgeVersion; current: KnowledgeVersion; facts: number }
  /** `problems` are the loader's located lines (`knowledge/<file>.yaml: fact "<id>": <field>: …`). */
  | { ok: false; serving: KnowledgeVersion; problems: readonly string[] };

/** The engine currently serving, replaced only by a complete, validated one. */
export interface EngineHolder {
  engine(): Engine;
  /** Builds a new engine from scratch; on any failure the old one keeps serving. */
  reload(): ReloadOutcome;
}

/**
 * `build` loads and validates the knowledge and builds every index before returning, and it runs
 * synchronously, so no interaction can observe a half-loaded engine: the swap is one assignment.
 * The first build throws like `build` does, because there is nothing older to fall back on.
 */
export function createEngineHolder(build: () => Engine): EngineHolder {
  let current = build();
  return {
    engine: () => current,
    reload() {
      const previous = current.kb.version;
      let next: Engine;
      try {
        next = build();
      } catch (err) {
        const problems = err instanceof KnowledgeError ? err.problems : [`${(err as Error).name}: ${(err as Error).message}`];
        return { ok: false, serving: previous, problems };
      }
      current = next;
      return { ok: true, previous, current: next.kb.version, facts: next.kb.facts.length };
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
