import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { KNOWLEDGE_LIMITS } from '../../src/knowledge/limits.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

/**
 * What a knowledge folder may hold, as an unlucky operator or an attacker with write access to it
 * would fill it: each refusal names the file and why, nothing is echoed from outside the folder,
 * and nothing blocks or balloons. The same loader runs at start-up and, in a worker, on reload.
 */
const VALID = 'test/fixtures/knowledge/valid';
const MB = 1024 * 1024;
const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the valid fixture, to which a test adds one bad entry. */
function knowledgeWith(add: (dir: string) => void): string {
  const dir = tempDir('proclamation-bot-safe-read-');
  cpSync(VALID, dir, { recursive: true });
  add(dir);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return [...(err as KnowledgeError).problems];
  }
  throw new Error(`${dir} loaded although it holds a bad file`);
}

/** Sparse: the size is real but costs no disk, and the loader must refuse it without reading. */
function sparse(path: string, bytes: number): void {
  writeFileSync(path, '');
  truncateSync(path, bytes);
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('files that are not plain knowledge', () => {
  test('a 50 MB file is refused by its size before it is read', () => {
    const dir = knowledgeWith((d) => sparse(join(d, 'x.yaml'), 50 * MB));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is 50 MB; a knowledge file may be at most 2 MB`]);
  });

  test('files that are each allowed but too large together are refused', () => {
    const count = Math.floor(KNOWLEDGE_LIMITS.maxTotalBytes / KNOWLEDGE_LIMITS.maxFileBytes) + 1;
    const dir = knowledgeWith((d) => {
      for (let i = 0; i < count; i += 1) sparse(join(d, `part-${i}.yaml`), KNOWLEDGE_LIMITS.maxFileBytes);
    });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(new RegExp(`^the knowledge files in ${dir} are 1\\d(\\.\\d)? MB together; at most 10 MB are read$`))]);
  });

  test('a named pipe is refused instead of waiting for a writer', () => {
    const dir = knowledgeWith((d) => {
      const made = spawnSync('mkfifo', [join(d, 'x.yaml')]);
      if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
    });
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is a named pipe (FIFO), not a regular file`]);
  });

  test('a directory named like a knowledge file is refused by name', () => {
    const dir = knowledgeWith((d) => mkdirSync(join(d, 'x.yaml')));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is a directory, not a regular file`]);
  });

  test('a link to /dev/zero is refused without reading from it', () => {
    const dir = knowledgeWith((d) => symlinkSync('/dev/zero', join(d, 'x.yaml')));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is a symbolic link to a file outside the knowledge folder; only links within it are followed`]);
  });

  test('a link to a file outside the folder is not followed, so its content is never echoed', () => {
    const secret = join(tempDir('proclamation-bot-outside-'), 'shadow');
    writeFileSync(secret, 'root:$6$SECRET-HASH-never-to-be-shown:19000:0:99999:7:::\n');
    const dir = knowledgeWith((d) => symlinkSync(secret, join(d, 'x.yaml')));
    const problems = problemsOf(dir);
    expect(problems).toEqual([`${dir}/x.yaml: is a symbolic link to a file outside the knowledge folder; only links within it are followed`]);
    expect(problems.join('\n')).not.toContain('SECRET');
  });

  test('a link to a file inside the folder is followed', () => {
    const dir = tempDir('proclamation-bot-linked-');
    mkdirSync(join(dir, 'drafts'));
    cpSync(join(VALID, 'base.yaml'), join(dir, 'drafts', 'base.txt'));
    symlinkSync(join('drafts', 'base.txt'), join(dir, 'base.yaml'));
    expect(loadKnowledge(dir).factById.has('window-end')).toBe(true);
  });

  test('a dangling link is refused by name', () => {
    const dir = knowledgeWith((d) => symlinkSync(join(d, 'gone.txt'), join(d, 'x.yaml')));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is a symbolic link that leads nowhere`]);
  });

  test('more files than a knowledge folder holds are refused before any is read', () => {
    const dir = knowledgeWith((d) => {
      for (let i = 0; i < KNOWLEDGE_LIMITS.maxFiles; i += 1) writeFileSync(join(d, `topic-${i}.yaml`), '');
    });
    expect(problemsOf(dir)).toEqual([`the knowledge folder ${dir} holds ${KNOWLEDGE_LIMITS.maxFiles + 1} .yaml files; at most ${KNOWLEDGE_LIMITS.maxFiles} are read`]);
  });

  test('every bad entry is reported at once', () => {
    const dir = knowledgeWith((d) => {
      mkdirSync(join(d, 'a.yaml'));
      sparse(join(d, 'b.yaml'), 3 * MB);
      symlinkSync('/etc/passwd', join(d, 'c.yaml'));
    });
    expect(problemsOf(dir).map((p) => p.slice(dir.length + 1, dir.length + 7))).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });
});

describe('content that is not plain knowledge', () => {
  test('invalid UTF-8 is refused with its line, instead of loading replacement characters', () => {
    const dir = knowledgeWith((d) => writeFileSync(join(d, 'x.yaml'), Buffer.concat([Buffer.from('# notes\n# more\n# caf'), Buffer.from([0xe9, 0x0a])])));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: is not valid UTF-8 (line 3); save it as UTF-8`]);
  });

  test('an alias bomb is refused, naming the file', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i += 1) {
      const previous = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const dir = knowledgeWith((d) => writeFileSync(join(d, 'x.yaml'), `${levels.join('\n')}\n`));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: its aliases (*name) expand to more than the 100 copies a knowledge file may hold; write the values out`]);
  });

  test('deep nesting is refused with its line instead of exhausting the stack', () => {
    const dir = knowledgeWith((d) => writeFileSync(join(d, 'x.yaml'), `# a comment\nfacts: ${'['.repeat(100_000)}\n`));
    expect(problemsOf(dir)).toEqual([`${dir}/x.yaml: line 2: nested more than 32 levels deep; knowledge needs only a few`]);
  });
});
