import { performance } from 'node:perf_hooks';
import { KnowledgeError } from '../knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../knowledge/loader.js';
import type { KnowledgeBase } from '../knowledge/model.js';
import { ARTICLE_PARTS } from '../knowledge/schema.js';

const USAGE = `usage: npm run knowledge -- <check|dump> [--dir <folder>]
  check   validate every file and print a summary
  dump    print all facts as a JSON array of { id, title, answer, questions, tags, sources, confidence }`;

function summary(kb: KnowledgeBase, ms: number): string {
  const questions = kb.facts.reduce((n, f) => n + f.questions.length, 0);
  const listed = kb.minerals.filter((m) => m.listed).length;
  const covered = kb.coverage ? ARTICLE_PARTS.filter((p) => kb.coverage?.article[p].length).length : 0;
  const topics = new Map<string, number>();
  for (const f of kb.facts) topics.set(f.topic, (topics.get(f.topic) ?? 0) + 1);
  return [
    `knowledge OK (version ${kb.version.hash}, newest source ${kb.version.newestSourceDate}) in ${ms.toFixed(1)} ms`,
    `  facts:     ${kb.facts.length} with ${questions} question phrasings (${[...topics].map(([t, n]) => `${t} ${n}`).join(', ')})`,
    `  sources:   ${kb.sources.length}`,
    `  entities:  ${kb.agencies.length} agencies/officials, ${kb.minerals.length} minerals (${listed} on the 2025 list), ${kb.glossary.length} glossary terms, ${kb.events.length} events`,
    `  article:   ${covered} of ${ARTICLE_PARTS.length} parts covered (headline, standfirst, ¶1–¶10)`,
  ].join('\n');
}

function dump(kb: KnowledgeBase): string {
  return JSON.stringify(
    kb.facts.map(({ id, title, answer, questions, tags, sources, confidence }) => ({ id, title, answer, questions, tags, sources, confidence })),
    null,
    2,
  );
}

export interface KnowledgeIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `npm run knowledge -- <check|dump>`: always reads the YAML (never the start-up snapshot). Returns the exit code. */
export function runKnowledgeCommand(argv: readonly string[], io: KnowledgeIo): number {
  const [command, ...rest] = argv;
  const dirFlag = rest.indexOf('--dir');
  const dir = dirFlag >= 0 ? rest[dirFlag + 1] : DEFAULT_KNOWLEDGE_DIR;
  if ((command !== 'check' && command !== 'dump') || dir === undefined || rest.length !== (dirFlag >= 0 ? 2 : 0)) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const started = performance.now();
    const kb = loadKnowledge(dir);
    const ms = performance.now() - started;
    io.stdout.write(`${command === 'check' ? summary(kb, ms) : dump(kb)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 1;
  }
}
