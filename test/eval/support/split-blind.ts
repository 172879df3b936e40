/**
 * Builds the blind evaluation sets from the writers' raw files: one holdout third, frozen before
 * any tuning, and the rest to tune on. The split is by a hash of each question within its kind,
 * so it is reproducible and no one chooses which questions land where. Prints only counts: the
 * holdout's questions are not to be read by whoever tunes the engine.
 *
 *   npx tsx test/eval/support/split-blind.ts <raw folder> <out folder>
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BlindSetSchema, type BlindSet } from '../../../src/engine/eval/blind-set.js';

const [rawDir, outDir] = process.argv.slice(2);
if (!rawDir || !outDir) throw new Error('usage: split-blind.ts <raw folder> <out folder>');

const NOW = '2026-12-01';
type Entry = { q: string; kind: string } & Record<string, unknown>;
const answerable: Entry[] = [];
const declines: Entry[] = [];
const seen = new Set<string>();
const key = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

for (const name of readdirSync(rawDir).filter((n) => /^writer-.*\.ya?ml$/.test(n)).sort()) {
  const raw = parse(readFileSync(join(rawDir, name), 'utf8')) as { writer: string; answerable: Entry[]; declines: Entry[] };
  for (const [list, into] of [[raw.answerable, answerable], [raw.declines, declines]] as const) {
    for (const e of list) {
      if (seen.has(key(e.q))) continue;
      seen.add(key(e.q));
      into.push({ ...e, writer: raw.writer });
    }
  }
}

const hash = (q: string) => createHash('sha256').update(key(q)).digest('hex');
function split(entries: Entry[]): [Entry[], Entry[]] {
  const tune: Entry[] = [];
  const holdout: Entry[] = [];
  const kinds = [...new Set(entries.map((e) => e.kind))].sort();
  for (const kind of kinds) {
    const ofKind = entries.filter((e) => e.kind === kind).sort((a, b) => hash(a.q).localeCompare(hash(b.q)));
    ofKind.forEach((e, i) => (i % 3 === 0 ? holdout : tune).push(e));
  }
  return [tune, holdout];
}

const [tuneA, holdA] = split(answerable);
const [tuneD, holdD] = split(declines);
const header = (which: string) =>
  `# Blind evaluation set, ${which} part. Written by helpers who read only ../shared/sources/ (never knowledge/ or\n# the engine); split by test/eval/support/split-blind.ts.${which === 'holdout' ? ' Frozen before tuning: report its figures only,\n# never read its individual misses, never edit it to suit the engine.' : ''}\n`;
for (const [which, a, d] of [['tune', tuneA, tuneD], ['holdout', holdA, holdD]] as const) {
  const set: BlindSet = BlindSetSchema.parse({ now: NOW, answerable: a, declines: d });
  writeFileSync(join(outDir, `${which}.yaml`), header(which) + stringify(set, { lineWidth: 0 }));
  console.log(`${which}: ${set.answerable.length} answerable, ${set.declines.length} declines`);
}
