import { readFileSync } from 'node:fs';
import type { Answer } from '../engine/answer.js';
import { createEngine, engineInternals } from '../engine/engine.js';
import { engineAnswerer, scoreBlind, share, visibleText, type BlindReport, type Tally } from '../engine/eval/blind-score.js';
import { mergeBlindSets, parseBlindSet } from '../engine/eval/blind-set.js';
import { createDateAudit } from '../engine/eval/date-audit.js';
import { BLIND_HOLDOUT_PATH, BLIND_TUNE_PATHS, EVAL_SET_PATH } from '../engine/eval/eval-paths.js';
import { parseEvalSet } from '../engine/eval/eval-set.js';
import { answerKey, scoreEval } from '../engine/eval/eval-score.js';
import { explain } from '../engine/search/question-search.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/loader.js';

/** The eval runs at a fixed instant so its output never depends on the day it is run. */
const EVAL_NOW = new Date('2026-11-28T12:00:00Z');
export const TARGETS = { ownSet: 0.97, tune: 0.97, holdout: 0.95, holdoutWrong: 0.02, declines: 0.98 };

const USAGE = `usage: npm run eval -- [--dir <knowledge folder>] [--verbose]
  Right, declined and wrong on each evaluation set: our own (test/eval/questions.yaml) and the blind
  set written from the sources alone (its tuning part, and the frozen holdout, whose individual
  misses are never printed). Per kind of question, and every date checked against the knowledge.
  --verbose prints how each miss of the tuning part and of our own set was scored.
  Exits 1 when a target is missed.`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (label: string, t: Tally) => `  ${label.padEnd(14)} ${String(t.total).padStart(4)}   right ${pct(share(t.right, t)).padStart(6)}   declined ${pct(share(t.declined, t)).padStart(6)}   wrong ${pct(share(t.wrong, t)).padStart(6)}`;

function printBlind(name: string, report: BlindReport): void {
  console.log(`\n${name}`);
  console.log(row('all', report.answerable));
  for (const [kind, t] of Object.entries(report.answerableByKind)) if (t.total > 0) console.log(row(kind, t));
  const d = report.declines;
  console.log(`  must decline   ${String(d.total).padStart(4)}   declined ${pct(share(d.right, d))} (${Object.entries(report.declinesByKind).map(([k, t]) => `${k} ${t.right}/${t.total}`).join(', ')})`);
}

function main(argv: string[]): number {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const dirAt = argv.indexOf('--dir');
  const kb = loadKnowledge(dirAt >= 0 ? (argv[dirAt + 1] ?? DEFAULT_KNOWLEDGE_DIR) : DEFAULT_KNOWLEDGE_DIR);
  const engine = createEngine(kb);
  const search = engineInternals(engine)?.search;
  const verbose = argv.includes('--verbose');
  const why = (q: string) => (search ? explain(search.analyse(q)).replace(/^/gm, '      ') : '');
  const audit = createDateAudit(kb);
  const dateProblems: string[] = [];
  const ask = (q: string, now: Date): Answer => {
    const a = engine.ask(q, now);
    for (const p of audit(visibleText(a), now)) dateProblems.push(`"${q}": ${p}`);
    return a;
  };

  const own = scoreEval(parseEvalSet(readFileSync(EVAL_SET_PATH, 'utf8')), (q) => answerKey(kb, ask(q, EVAL_NOW)));
  const tune = scoreBlind(mergeBlindSets(BLIND_TUNE_PATHS.map((p) => parseBlindSet(readFileSync(p, 'utf8')))), engineAnswerer(ask));
  const holdout = scoreBlind(parseBlindSet(readFileSync(BLIND_HOLDOUT_PATH, 'utf8')), engineAnswerer(ask));

  console.log(`eval on knowledge ${kb.version.hash} (${kb.facts.length} facts)`);
  console.log(`\nown set (test/eval/questions.yaml, now = ${EVAL_NOW.toISOString()}): expected answer ${pct(own.accuracy)} (${own.correct}/${own.answerable}); off-topic declined ${pct(own.abstention)} (${own.declined}/${own.offTopic})`);
  printBlind('blind set, tuning part (test/eval/blind/tune*.yaml)', tune);
  printBlind('blind set, holdout (test/eval/blind/holdout.yaml; figures only)', holdout);

  if (verbose) {
    for (const m of own.misses) console.log(`\n  ✗ own: "${m.q}"\n      expected ${m.expected}, got ${m.got ?? '(declined)'}\n${why(m.q)}`);
    for (const w of own.wronglyAnswered) console.log(`\n  ✗ own off-topic answered: "${w.q}" → ${w.got}\n${why(w.q)}`);
    for (const r of tune.results.filter((x) => x.verdict !== 'right')) console.log(`\n  ✗ tune [${r.kind}] ${r.verdict}: "${r.q}"\n      → ${r.trace}${r.failed.length ? `\n      failed: ${r.failed.join(' ;; ')}` : ''}\n${why(r.q)}`);
  }
  console.log(`\ndates checked against the knowledge: ${dateProblems.length === 0 ? 'all agree' : `${dateProblems.length} problems`}`);
  for (const p of dateProblems.slice(0, 20)) console.log(`  ✗ ${p}`);

  const checks: [string, boolean][] = [
    [`own set ≥ ${pct(TARGETS.ownSet)}`, own.accuracy >= TARGETS.ownSet && own.abstention >= TARGETS.declines],
    [`tuning part right ≥ ${pct(TARGETS.tune)}`, share(tune.answerable.right, tune.answerable) >= TARGETS.tune],
    [`holdout right ≥ ${pct(TARGETS.holdout)}, wrong ≤ ${pct(TARGETS.holdoutWrong)}`, share(holdout.answerable.right, holdout.answerable) >= TARGETS.holdout && share(holdout.answerable.wrong, holdout.answerable) <= TARGETS.holdoutWrong],
    [`must-decline declined ≥ ${pct(TARGETS.declines)} (tuning part and holdout)`, share(tune.declines.right, tune.declines) >= TARGETS.declines && share(holdout.declines.right, holdout.declines) >= TARGETS.declines],
    ['no date differs from the knowledge', dateProblems.length === 0],
  ];
  console.log('');
  for (const [label, ok] of checks) console.log(`${ok ? 'OK  ' : 'MISS'}  ${label}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof KnowledgeError ? err.message : err);
  process.exitCode = 2;
}
