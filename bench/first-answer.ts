import { performance } from 'node:perf_hooks';

/**
 * A fresh process's path to its first answer: import, load knowledge, build the engine, answer.
 * bench/engine-bench.ts spawns this and prints the timings (JSON on stdout).
 */
// performance.now() counts from the start of this process, so it includes Node and tsx start-up.
const started = performance.now();
const { loadKnowledge } = await import('../src/knowledge/loader.js');
const { createEngine } = await import('../src/engine/engine.js');
const imported = performance.now();
const dirAt = process.argv.indexOf('--dir');
const kb = loadKnowledge(dirAt >= 0 ? process.argv[dirAt + 1] : undefined);
const loaded = performance.now();
const engine = createEngine(kb);
const built = performance.now();
const question = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--dir');
const answer = engine.ask(question ?? 'when is the deadline?', new Date());
const answered = performance.now();
console.log(
  JSON.stringify({
    kind: answer.kind,
    factIds: answer.factIds,
    sinceProcessStartMs: answered,
    importMs: imported - started,
    loadMs: loaded - imported,
    buildMs: built - loaded,
    askMs: answered - built,
  }),
);
