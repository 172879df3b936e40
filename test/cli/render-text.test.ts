import { describe, expect, it } from 'vitest';
import { describeDate, relativeDays, renderAnswer } from '../../src/cli/render-text.js';
import { missAnswer, windowAnswer } from './engine-double.js';

const NOW = new Date('2025-11-28T15:00:00Z');
const plain = { now: NOW, color: false };

describe('dates relative to now', () => {
  it('counts whole UTC days forward, backward and today', () => {
    expect(describeDate('2026-07-13', NOW)).toBe('July 13, 2026 (227 days from now)');
    expect(describeDate('2025-07-13', NOW)).toBe('July 13, 2025 (138 days ago)');
    expect(describeDate('2025-11-28', NOW)).toBe('November 28, 2025 (today)');
    expect(relativeDays('2025-11-29', NOW)).toBe('(1 day from now)');
    expect(relativeDays('2025-11-27', NOW)).toBe('(1 day ago)');
  });

  it('uses the UTC day even late in the evening west of Greenwich', () => {
    expect(relativeDays('2025-11-29', new Date('2025-11-28T23:30:00-05:00'))).toBe('(today)');
  });

  it('shows a malformed date as given instead of throwing', () => {
    expect(describeDate('2026-02-30', NOW)).toBe('2026-02-30');
  });
});

describe('renderAnswer', () => {
  it('shows title, text, dates, sources and related entries in that order', () => {
    const text = renderAnswer(windowAnswer(), plain);
    expect(text).toBe(
      [
        'When the negotiation window ends',
        'Talks may run for 180 days from the signing on January 14, 2026, so the window closes on July 13, 2026.',
        '',
        'Window ends: July 13, 2026 (227 days from now)',
        '',
        'Sources:',
        '  • Federal Register: Proclamation 11001 — clause (1) <https://www.federalregister.gov/documents/2026/01/20/2026-01045>',
        '  • Thompson Hine client alert — title',
        '',
        'Related (type a title to ask about it):',
        '  • Whether a tariff applies now [no-tariff-yet]',
      ].join('\n'),
    );
  });

  it('counts from the injected now, not the system clock', () => {
    expect(renderAnswer(windowAnswer(), { now: new Date('2026-07-13T08:00:00Z'), color: false })).toContain(
      'Window ends: July 13, 2026 (today)',
    );
    expect(renderAnswer(windowAnswer(), { now: new Date('2026-09-01T00:00:00Z'), color: false })).toContain('(50 days ago)');
  });

  it('shows a miss with its polite line and did-you-mean suggestions, without sources', () => {
    const text = renderAnswer(missAnswer(), plain);
    expect(text).toContain('I could not find that in what I know about Proclamation 11001.');
    expect(text).toContain('Did you mean:\n  • When the negotiation window ends [window-end-date]\n  • Whether a tariff applies now [no-tariff-yet]');
    expect(text).not.toContain('Sources:');
  });

  it('lists fields as name: value after the dates, and indents a multi-line value under its name', () => {
    const text = renderAnswer(
      {
        ...windowAnswer(),
        fields: [
          { name: 'Listed', value: 'yes' },
          { name: 'Official texts', value: 'S2 Federal Register\nS4 The White House' },
        ],
      },
      plain,
    );
    expect(text).toContain('Window ends: July 13, 2026 (227 days from now)\n\nListed: yes\nOfficial texts:\n  S2 Federal Register\n  S4 The White House\n');
  });

  it('colours only when asked to, and strips control characters from content', () => {
    const hostile = { ...windowAnswer(), title: 'Evil\x1b[2J title\r', text: 'bell\x07 and \u202Ereversed' };
    const plainText = renderAnswer(hostile, plain);
    expect(plainText).not.toMatch(/[\x1b\x07\r\u202E]/);
    expect(plainText).toContain('Evil[2J title');
    expect(plainText).toContain('bell and reversed');
    const coloured = renderAnswer(windowAnswer(), { now: NOW, color: true });
    expect(coloured).toContain('\x1b[1mWhen the negotiation window ends\x1b[22m');
    expect(renderAnswer(windowAnswer(), plain)).not.toContain('\x1b');
  });
});
