import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, engineInternals } from '../engine/engine.js';
import { parseEvalSet } from '../engine/eval/eval-set.js';
import { answerKey, scoreEval } from '../engine/eval/eval-score.js';
import { explain } from '../engine/search/question-search.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/loader.js';

export const EVAL_SET_PATH = fileURLToPath(new URL('../../test/eval/questions.yaml', import.meta.url));
/** The eval runs at a fixed instant so its output never depends on the day it is run. */
const EVAL_NOW = new Date('2026-11-28T12:00:00Z');
const TARGET = 0.95;

const USAGE = `usage: npm run eval -- [--dir <knowledge folder>] [--set <questions.yaml>] [--verbose]
  Prints top-1 accuracy on in-domain questions, the abstention rate on off-topic ones, and every miss
  with how the engine scored it. Exits 1 when either rate is below ${TARGET * 100}%.`;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const kb = loadKnowledge(option(argv, '--dir') ?? DEFAULT_KNOWLEDGE_DIR);
  const set = parseEvalSet(readFileSync(option(argv, '--set') ?? EVAL_SET_PATH, 'utf8'));
  const engine = createEngine(kb);
  const search = engineInternals(engine)?.search;
  const report = scoreEval(set, (q) => answerKey(kb, engine.ask(q, EVAL_NOW)));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const why = (q: string) => (search ? explain(search.search(q)).replace(/^/gm, '      ') : '');

  console.log(`eval on knowledge ${kb.version.hash} (${kb.facts.length} facts), now = ${EVAL_NOW.toISOString()}`);
  console.log(`  top-1 accuracy: ${pct(report.accuracy)} (${report.correct}/${report.answerable}); fact questions ${report.factCorrect}/${report.factCases}`);
  console.log(`  abstention:     ${pct(report.abstention)} (${report.declined}/${report.offTopic} off-topic questions declined)`);
  if (report.misses.length > 0) {
    console.log(`\nmisses (${report.misses.length}):`);
    for (const m of report.misses) {
      console.log(`  ✗ "${m.q}"\n      expected ${m.expected}, got ${m.got ?? '(declined)'}`);
      if (argv.includes('--verbose')) console.log(why(m.q));
    }
  }
  if (report.wronglyAnswered.length > 0) {
    console.log(`\noff-topic questions answered (${report.wronglyAnswered.length}):`);
    for (const w of report.wronglyAnswered) {
      console.log(`  ✗ "${w.q}" → ${w.got}`);
      if (argv.includes('--verbose')) console.log(why(w.q));
    }
  }
  const ok = report.accuracy >= TARGET && report.abstention >= TARGET;
  console.log(`\n${ok ? 'OK' : 'BELOW TARGET'}: targets are ${pct(TARGET)} accuracy and ${pct(TARGET)} abstention`);
  return ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof KnowledgeError ? err.message : err);
  process.exitCode = 2;
}
