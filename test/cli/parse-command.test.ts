import { describe, expect, it } from 'vitest';
import { COMMAND_LIST, parseCommand } from '../../src/cli/parse-command.js';

/** What a line runs, as "name" and its parsed values, for readable expectations. */
function ran(line: string): [string, Record<string, string | undefined>] | string {
  const parsed = parseCommand(line);
  return parsed.kind === 'run' ? [parsed.command.name, parsed.values] : parsed.kind;
}

describe('parseCommand', () => {
  it('treats a line without a slash as a question', () => {
    expect(ran('  when is the   deadline? ')).toEqual(['ask', { question: 'when is the deadline?' }]);
  });

  it('reads /ask with its question', () => {
    expect(ran('/ask who negotiates for the US?')).toEqual(['ask', { question: 'who negotiates for the US?' }]);
  });

  it.each([
    ['/deadline', ['deadline', {}]],
    ['/DEADLINE', ['deadline', {}]],
    ['   /Timeline   ', ['timeline', {}]],
    ['/sources', ['sources', {}]],
    ['/help', ['help', {}]],
    ['/about', ['about', {}]],
    ['/quit', 'quit'],
    ['/Exit', 'quit'],
    ['/minerals', ['minerals', { mineral: undefined }]],
    ['/minerals   gallium  ', ['minerals', { mineral: 'gallium' }]],
    ['/agencies', ['agencies', { agency: undefined }]],
    ['/Agencies  US Trade   Representative', ['agencies', { agency: 'US Trade Representative' }]],
    ['/glossary\tSection 232', ['glossary', { term: 'Section 232' }]],
  ])('reads %j', (line, expected) => {
    expect(ran(line)).toEqual(expected);
  });

  it('ignores blank lines', () => {
    expect(parseCommand('')).toEqual({ kind: 'empty' });
    expect(parseCommand(' \t ')).toEqual({ kind: 'empty' });
  });

  it('answers /glossary and /ask without an argument with a usage line and an example', () => {
    expect(parseCommand('/glossary   ')).toEqual({ kind: 'invalid', message: 'Usage: /glossary <term>. Please name a term, for example PCMDP or Section 232.' });
    expect(parseCommand('/ask')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('Usage: /ask <question>') });
  });

  it('offers the commands anyone may use; reloading belongs to the server managers on Discord', () => {
    expect(COMMAND_LIST).toBe('/ask <question>, /deadline, /minerals [mineral], /agencies [agency], /timeline, /glossary <term>, /sources, /help, /about, /quit');
    expect(parseCommand('/reload')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('no command "/reload"') });
  });

  it('names an unknown command politely and lists the real ones', () => {
    const result = parseCommand('/tarrifs now');
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.message).toContain('"/tarrifs"');
    expect(result.message).toContain(COMMAND_LIST);
  });

  it('shortens a very long unknown command name and handles a bare slash', () => {
    const result = parseCommand(`/${'x'.repeat(5000)}`);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.message.length).toBeLessThan(400);
    expect(parseCommand('/')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('/deadline') });
  });
});
