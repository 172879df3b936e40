import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { builtEntry } from '../support/built.js';

const ASK = builtEntry('cli/ask.js');

/** Runs the built `ask` (as `npm run ask` does) from a foreign cwd, so knowledge must be found from the module, not the cwd. */
function runAsk(args: string[], stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASK, ...args], { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const KEYS = ['question', 'answered', 'text', 'factIds', 'sources', 'related', 'score'];

describe('npm run ask, built (real engine and knowledge)', () => {
  it('answers stdin questions as JSON Lines in order, skipping blank lines', async () => {
    const { code, out, err } = await runAsk(
      ['--json', '--stdin', '--now', '2026-03-01'],
      'when is the deadline?\n\n   \nwhat is the weather on mars?\nis copper a critical mineral?\n',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line));
    for (const record of records) {
      expect(Object.keys(record)).toEqual(KEYS);
      expect(typeof record.text).toBe('string');
      expect(typeof record.score).toBe('number');
      for (const source of record.sources) expect(source).toMatchObject({ id: expect.stringMatching(/^S\d+$/), locator: expect.any(String) });
      for (const link of record.related) expect(Object.keys(link)).toEqual(['id', 'title']);
    }
    expect(records.map((r) => r.question)).toEqual(['when is the deadline?', 'what is the weather on mars?', 'is copper a critical mineral?']);
    expect(records.map((r) => r.answered)).toEqual([true, false, true]);
    expect(records[0].sources.length).toBeGreaterThan(0);
    expect(records[1].sources).toEqual([]);
  });

  it('counts the days left to July 13, 2026 from --now', async () => {
    const { code, out } = await runAsk(['--now', '2026-03-01', 'how many days are left until the deadline?']);
    expect(code).toBe(0);
    expect(out).toContain('July 13, 2026');
    expect(out).toContain('134 days');
    expect(out).toContain('Sources:');
  });
});
