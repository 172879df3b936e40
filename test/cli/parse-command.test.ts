import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/parse-command.js';

describe('parseCommand', () => {
  it('treats a line without a slash as a question', () => {
    expect(parseCommand('  when is the   deadline? ')).toEqual({ kind: 'ask', question: 'when is the deadline?' });
  });

  it('reads /ask with its question', () => {
    expect(parseCommand('/ask who negotiates for the US?')).toEqual({ kind: 'ask', question: 'who negotiates for the US?' });
  });

  it.each([
    ['/deadline', { kind: 'deadline' }],
    ['/DEADLINE', { kind: 'deadline' }],
    ['   /Timeline   ', { kind: 'timeline' }],
    ['/sources', { kind: 'sources' }],
    ['/help', { kind: 'help' }],
    ['/quit', { kind: 'quit' }],
    ['/Exit', { kind: 'quit' }],
    ['/minerals', { kind: 'minerals', name: undefined }],
    ['/minerals   gallium  ', { kind: 'minerals', name: 'gallium' }],
    ['/agencies', { kind: 'agencies', name: undefined }],
    ['/Agencies  US Trade   Representative', { kind: 'agencies', name: 'US Trade Representative' }],
    ['/glossary\tSection 232', { kind: 'glossary', term: 'Section 232' }],
  ])('reads %j', (line, expected) => {
    expect(parseCommand(line)).toEqual(expected);
  });

  it('ignores blank lines', () => {
    expect(parseCommand('')).toEqual({ kind: 'empty' });
    expect(parseCommand(' \t ')).toEqual({ kind: 'empty' });
  });

  it('answers /glossary and /ask without an argument with a usage line', () => {
    const glossary = parseCommand('/glossary   ');
    expect(glossary.kind).toBe('invalid');
    expect(glossary).toMatchObject({ message: expect.stringContaining('Usage: /glossary <term>') });
    expect(parseCommand('/ask')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('Usage: /ask <question>') });
  });

  it('names an unknown command politely and lists the real ones', () => {
    const result = parseCommand('/tarrifs now');
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.message).toContain('"/tarrifs"');
    for (const name of ['/ask', '/deadline', '/minerals', '/agencies', '/timeline', '/glossary', '/sources', '/help', '/quit']) {
      expect(result.message).toContain(name);
    }
  });

  it('shortens a very long unknown command name and handles a bare slash', () => {
    const result = parseCommand(`/${'x'.repeat(5000)}`);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.message.length).toBeLessThan(400);
    expect(parseCommand('/')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('/deadline') });
  });
});
