import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import type { KnowledgeBase } from '../../src/knowledge/model.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';
import { readKnowledgeFiles } from '../../src/knowledge/read-files.js';
import { loadStartupKnowledge, restoreSnapshot, serializeSnapshot } from '../../src/knowledge/snapshot.js';
import { copyKnowledge, type KnowledgeCopy } from '../reliability/support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from '../reliability/support/knowledge.js';

/** The build-time snapshot must serve exactly what the YAML would, and only while it matches the YAML. */
const NOW = new Date('2026-03-01T15:00:00Z');
let copy: KnowledgeCopy;
let scratch: string;
let snapshotPath: string;
let fromYaml: KnowledgeBase;

function writeSnapshotOf(dir: string): void {
  const files = readKnowledgeFiles(dir);
  const result = parseKnowledge(files);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  writeFileSync(snapshotPath, serializeSnapshot(files, result.kb));
}

beforeAll(() => {
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
  scratch = mkdtempSync(join(tmpdir(), 'proclamation-bot-snapshot-'));
  snapshotPath = join(scratch, 'knowledge.snapshot.json');
  const result = parseKnowledge(readKnowledgeFiles(copy.dir));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  fromYaml = result.kb;
  writeSnapshotOf(copy.dir);
});
afterAll(() => {
  copy?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the knowledge snapshot', () => {
  it('restores the same knowledge base the YAML gives, down to the lookup maps', async () => {
    const { kb, origin } = await loadStartupKnowledge(copy.dir, snapshotPath);
    expect(origin).toBe('snapshot');
    expect(kb).toStrictEqual(fromYaml);
  });

  it('gives byte-identical answers to every fact’s questions and to every command', async () => {
    const yaml = createEngine(fromYaml);
    const snapshot = createEngine((await loadStartupKnowledge(copy.dir, snapshotPath)).kb);
    const both = (f: (e: typeof yaml) => unknown): [string, string] => [JSON.stringify(f(yaml)), JSON.stringify(f(snapshot))];
    for (const fact of fromYaml.facts) {
      for (const question of fact.questions) {
        const [a, b] = both((e) => e.ask(question, NOW));
        expect(b, question).toBe(a);
      }
    }
    for (const run of [(e: typeof yaml) => e.deadline(NOW), (e: typeof yaml) => e.timeline(NOW), (e: typeof yaml) => e.sources(NOW), (e: typeof yaml) => e.agencyChoices()]) {
      const [a, b] = both(run);
      expect(b).toBe(a);
    }
  });

  it('is ignored once any file changes, even by one byte, and the YAML is read instead', async () => {
    const [first] = copy.files();
    const original = copy.read(first as string);
    copy.write(first as string, `${original}\n`);
    expect(restoreSnapshot(readFileSync(snapshotPath, 'utf8'), readKnowledgeFiles(copy.dir))).toBeNull();
    const { kb, origin } = await loadStartupKnowledge(copy.dir, snapshotPath);
    expect(origin).toBe('yaml');
    expect(kb.version.hash).not.toBe(fromYaml.version.hash);
    copy.write(first as string, original);
  });

  it('never hides a broken file: a stale snapshot leaves the YAML’s problems to be reported', async () => {
    const [first] = copy.files();
    const original = copy.read(first as string);
    copy.write(first as string, 'facts: [oops\n');
    await expect(loadStartupKnowledge(copy.dir, snapshotPath)).rejects.toBeInstanceOf(KnowledgeError);
    copy.write(first as string, original);
  });

  it('a missing or damaged snapshot file falls back to the YAML', async () => {
    expect((await loadStartupKnowledge(copy.dir, join(scratch, 'absent.json'))).origin).toBe('yaml');
    const damaged = join(scratch, 'damaged.json');
    writeFileSync(damaged, '{"format":1,"key":');
    const { kb, origin } = await loadStartupKnowledge(copy.dir, damaged);
    expect(origin).toBe('yaml');
    expect(kb).toStrictEqual(fromYaml);
  });

  it('has the same version whatever the working directory, so /about shows one version', () => {
    const relative = parseKnowledge(readKnowledgeFiles(copy.dir).map((f) => ({ ...f, path: `elsewhere/${f.path.split('/').at(-1)}` })));
    expect(relative.ok && relative.kb.version.hash).toBe(fromYaml.version.hash);
  });
});
