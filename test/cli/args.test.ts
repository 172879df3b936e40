import { describe, expect, it } from 'vitest';
import { parseAskArgs, parseNow } from '../../src/cli/args.js';

describe('parseAskArgs', () => {
  it('joins the words of a question and defaults to text output and the real clock', () => {
    expect(parseAskArgs(['when', 'is', 'the', 'deadline?'])).toEqual({
      ok: true,
      args: { mode: 'question', question: 'when is the deadline?', json: false, now: undefined },
    });
  });

  it('reads --json, --stdin and --now in any order', () => {
    expect(parseAskArgs(['--now', '2026-03-01', '--stdin', '--json'])).toEqual({
      ok: true,
      args: { mode: 'stdin', json: true, now: new Date('2026-03-01T00:00:00Z') },
    });
    expect(parseAskArgs(['deadline?', '--json', '--now=2026-03-01T18:30:00+02:00'])).toMatchObject({
      ok: true,
      args: { mode: 'question', json: true, now: new Date('2026-03-01T16:30:00Z') },
    });
  });

  it('asks for help with -h or --help', () => {
    expect(parseAskArgs(['-h'])).toEqual({ ok: true, args: { mode: 'help' } });
    expect(parseAskArgs(['--help', 'anything'])).toEqual({ ok: true, args: { mode: 'help' } });
  });

  it.each([
    [[], 'No question given'],
    [['   '], 'No question given'],
    [['--json'], 'No question given'],
    [['--stdin', 'a question'], 'not both'],
    [['--verbose', 'q'], '--verbose'],
    [['--now'], '--now'],
    [['--now', 'tomorrow', 'q'], '"tomorrow" is not a date'],
    [['--now', '2026-02-30', 'q'], '"2026-02-30" is not a date'],
  ])('rejects %j', (argv, message) => {
    const result = parseAskArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('parseNow', () => {
  it('reads a date as the start of that UTC day and a zone-less date-time as UTC', () => {
    expect(parseNow('2026-07-13')?.toISOString()).toBe('2026-07-13T00:00:00.000Z');
    expect(parseNow('2026-07-13T23:30')?.toISOString()).toBe('2026-07-13T23:30:00.000Z');
    expect(parseNow('2026-07-13T23:30:15.5Z')?.toISOString()).toBe('2026-07-13T23:30:15.500Z');
    expect(parseNow('2026-07-13T01:00-05:00')?.toISOString()).toBe('2026-07-13T06:00:00.000Z');
  });

  it.each(['', '13/07/2026', '2026-7-13', '2026-13-01', '2026-07-13T25:00', '2026-07-13T10:61', '2026-07-13 10:00', 'now'])(
    'rejects %j',
    (value) => {
      expect(parseNow(value)).toBeNull();
    },
  );
});
