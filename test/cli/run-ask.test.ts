import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/run-ask.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { EXPLODING_QUESTION, engineDouble, type EngineDouble } from './engine-double.js';

const CLOCK = new Date('2026-01-20T10:00:00Z');

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, text: () => text };
}

async function ask(argv: string[], { stdin = '', openEngine }: { stdin?: string; openEngine?: () => Engine } = {}) {
  const engine: EngineDouble = engineDouble();
  const stdout = capture();
  const stderr = capture();
  const code = await runAsk({
    argv,
    stdin: Readable.from([stdin]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    clock: () => CLOCK,
    openEngine: openEngine ?? (() => engine),
    color: false,
  });
  return { code, out: stdout.text(), err: stderr.text(), engine };
}

describe('runAsk', () => {
  it('prints one rendered answer for a question', async () => {
    const { code, out, err } = await ask(['when', 'is', 'the', 'deadline?']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('When the negotiation window ends');
    expect(out).toContain('Window ends: July 13, 2026 (174 days from now)');
  });

  it('prints exactly one JSON object with --json', async () => {
    const { code, out } = await ask(['--json', 'deadline?']);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const record = JSON.parse(out);
    expect(Object.keys(record)).toEqual(['question', 'answered', 'intent', 'text', 'factIds', 'sources', 'related', 'score']);
    expect(record).toMatchObject({ question: 'deadline?', answered: true, intent: 'fact', factIds: ['window-end-date'], score: 0.92 });
    expect(record.sources[0]).toMatchObject({ id: 'S2', locator: 'clause (1)' });
  });

  it('answers each non-blank stdin line as one JSON line, in order, on the --now clock', async () => {
    const { code, out, engine } = await ask(['--json', '--stdin', '--now', '2026-03-01'], {
      stdin: 'deadline?\n\n   \r\nsomething unknown\r\nwindow end\n',
    });
    expect(code).toBe(0);
    const records = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.question, r.answered])).toEqual([
      ['deadline?', true],
      ['something unknown', false],
      ['window end', true],
    ]);
    expect(engine.calls.every((call) => call.endsWith('@2026-03-01T00:00:00.000Z'))).toBe(true);
  });

  it('answers a command as the console does, and keeps the intent and a miss’s close questions in JSON', async () => {
    const { code, out, engine } = await ask(['--json', '--stdin', '--now', '2026-03-01'], { stdin: '/deadline\n/minerals gallium\nsomething unknown\n' });
    expect(code).toBe(0);
    expect(engine.calls).toEqual(['deadline@2026-03-01T00:00:00.000Z', 'minerals:gallium', 'ask:something unknown@2026-03-01T00:00:00.000Z']);
    const [deadline, , miss] = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(deadline).toMatchObject({ question: '/deadline', answered: true, factIds: ['window-end-date'] });
    expect(miss).toMatchObject({ answered: false, intent: 'miss', related: [{ id: 'window-end-date' }, { id: 'no-tariff-yet' }] });
  });

  it('tells how to write a command given without what it needs, and exits 2', async () => {
    const { code, out, err } = await ask(['/glossary']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage: /glossary <term>. Please name a term');
  });

  it('prints text answers for --stdin without --json, each after its question', async () => {
    const { out } = await ask(['--stdin'], { stdin: 'deadline?\nwhat?\n' });
    expect(out).toContain('> deadline?\nWhen the negotiation window ends');
    expect(out).toContain('\n\n> what?\nNo confident answer');
  });

  it('reports an engine failure on stderr, keeps going and exits 1', async () => {
    const { code, out, err } = await ask(['--json', '--stdin'], { stdin: `${EXPLODING_QUESTION}\ndeadline?\n` });
    expect(code).toBe(1);
    expect(err).toContain('line 1: the engine failed: engine bug');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[[]], [['--frobnicate', 'q']], [['--now', 'yesterday', 'q']]])('exits 2 with usage on stderr for %j', async (argv) => {
    let opened = false;
    const { code, out, err } = await ask(argv, {
      openEngine: () => {
        opened = true;
        return engineDouble();
      },
    });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage:');
    expect(opened).toBe(false);
  });

  it('prints usage on stdout for --help', async () => {
    const { code, out } = await ask(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--stdin');
  });

  it('prints the knowledge problems and exits 1 when knowledge does not load', async () => {
    const { code, out, err } = await ask(['deadline?'], {
      openEngine: () => {
        throw new KnowledgeError(['knowledge/deadlines.yaml: event "window-end": date: must be a calendar date']);
      },
    });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('Knowledge is invalid (1 problem):\n- knowledge/deadlines.yaml: event "window-end"');
  });
});
