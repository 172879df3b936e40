/**
 * Adds a later round of blind questions to the tuning part, as its own file: written after the
 * holdout was frozen, by writers who also read only ../shared/sources/, so none of it joins the
 * holdout; a question the holdout already asks is left out. Prints only counts.
 *
 *   npx tsx test/eval/support/add-blind-round.ts <raw folder> <out file>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BlindSetSchema } from '../../../src/engine/eval/blind-set.js';

const [rawDir, outFile] = process.argv.slice(2);
if (!rawDir || !outFile) throw new Error('usage: add-blind-round.ts <raw folder> <out file>');
type Entry = { q: string } & Record<string, unknown>;
const answerable: Entry[] = [];
const declines: Entry[] = [];
for (const name of readdirSync(rawDir).filter((n) => /^writer-.*\.ya?ml$/.test(n)).sort()) {
  const raw = parse(readFileSync(join(rawDir, name), 'utf8')) as { writer: string; answerable: Entry[]; declines: Entry[] };
  answerable.push(...raw.answerable.map((e) => ({ ...e, writer: raw.writer })));
  declines.push(...raw.declines.map((e) => ({ ...e, writer: raw.writer })));
}
// A writer may happen on a question the holdout already asks; tuning on it would leak the holdout.
const holdout = parse(readFileSync(new URL('../blind/holdout.yaml', import.meta.url), 'utf8')) as { answerable: Entry[]; declines: Entry[] };
const frozen = new Set([...holdout.answerable, ...holdout.declines].map((e) => e.q.trim().toLowerCase()));
const fresh = (e: Entry) => !frozen.has(e.q.trim().toLowerCase());
const set = BlindSetSchema.parse({ now: '2026-12-01', answerable: answerable.filter(fresh), declines: declines.filter(fresh) });
const header = `# Blind evaluation set, tuning part, a later round: written after the holdout was frozen, from ../shared/sources/ only.\n`;
writeFileSync(outFile, header + stringify(set, { lineWidth: 0 }));
const dropped = answerable.length + declines.length - set.answerable.length - set.declines.length;
console.log(`${outFile}: ${set.answerable.length} answerable, ${set.declines.length} declines; ${dropped} already in the holdout left out`);
