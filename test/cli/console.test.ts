import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { EXPLODING_QUESTION, engineDouble } from './engine-double.js';

const NOW = new Date('2026-03-01T12:00:00Z');

/** Feeds `lines` to a console (ending the input unless told not to) and returns everything it printed. */
async function session(lines: string[], { endInput = true, isTTY = false } = {}) {
  const engine = engineDouble();
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const errors: unknown[] = [];
  const done = runConsole({ engine, input, output, now: () => NOW, isTTY, onError: (e) => errors.push(e) });
  input.write(lines.map((l) => `${l}\n`).join(''));
  if (endInput) input.end();
  await done;
  return { printed, engine, errors };
}

describe('runConsole', () => {
  it('explains on start that no DISCORD_TOKEN is set and how to add one', async () => {
    const { printed } = await session([]);
    expect(printed).toContain('No DISCORD_TOKEN is set');
    expect(printed).toContain('copy .env.example to .env');
    expect(printed).toContain('DISCORD_CLIENT_ID');
    expect(printed).toContain('/deadline');
    expect(printed).toContain('March 1, 2026');
  });

  it('answers a plain question with dates counted from the injected clock, and resolves at end of input', async () => {
    const { printed, engine } = await session(['when does the window close?']);
    expect(engine.calls).toEqual([`ask:when does the window close?@${NOW.toISOString()}`]);
    expect(printed).toContain('Window ends: July 13, 2026 (134 days from now)');
    expect(printed).toContain('Sources:');
    expect(printed).not.toContain('\x1b');
  });

  it('sends each command to the matching engine call', async () => {
    const { engine } = await session(['/deadline', '/minerals gallium', '/agencies', '/timeline', '/glossary HTS', '/sources', '/help']);
    expect(engine.calls).toEqual([
      `deadline@${NOW.toISOString()}`,
      'minerals:gallium',
      'agencies:',
      'timeline',
      'glossary:HTS',
      'sources',
      'help',
    ]);
  });

  it('adds the console-only commands to the help answer', async () => {
    const { printed } = await session(['/help']);
    expect(printed).toContain('Help overview.');
    expect(printed).toMatch(/Help overview\.[\s\S]*\/quit or \/exit/);
  });

  it('stops at /quit without waiting for more input', async () => {
    const { printed, engine } = await session(['/quit', 'when is the deadline?'], { endInput: false });
    expect(printed).toContain('Goodbye.');
    expect(engine.calls).toEqual([]);
  });

  it('survives odd input and keeps answering', async () => {
    const { printed, engine } = await session([
      '',
      '   ',
      'x'.repeat(5000),
      'ctrl \x00\x1b[31m\x07 chars',
      '🦀🪨 ⛏️?',
      '/nonsense',
      '/glossary',
      'what is the window deadline?',
    ]);
    expect(printed).toContain('Sorry, there is no command "/nonsense"');
    expect(printed).toContain('Usage: /glossary <term>');
    expect(printed).toContain('Window ends: July 13, 2026');
    expect(engine.calls).toHaveLength(4);
  });

  it('echoes a mistyped command without the escape codes, bell or NUL typed into it', async () => {
    const { printed } = await session(['/\u001b[2Jwipe\u0007\u0000\u202e']);
    expect(printed).toContain('Sorry, there is no command "/[2jwipe"');
    expect(printed).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
  });

  it('apologises for an engine exception and goes on to the next line', async () => {
    const { printed, errors } = await session([`please ${EXPLODING_QUESTION}`, '/deadline']);
    expect(printed).toContain('Sorry, something went wrong');
    expect(printed).toContain('Window ends: July 13, 2026');
    expect(errors).toHaveLength(1);
  });

  it('shows a prompt and colour on a terminal', async () => {
    const { printed } = await session(['/deadline'], { isTTY: true });
    expect(printed).toContain('> ');
    expect(printed).toContain('\x1b[1m');
  });

  it('ends quietly when the reader of its output goes away', async () => {
    const input = new PassThrough();
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const done = runConsole({ engine: engineDouble(), input, output, now: () => NOW, isTTY: false });
    input.write('/deadline\n');
    await expect(done).resolves.toBeUndefined();
  });
});
