import { describe, expect, it } from 'vitest';
import { DEC_1, engine, MARCH_1 } from './shipped.js';

describe('event-date: any dated event, asked in any form, counted from the day asked', () => {
  it.each([
    ['when is the deadline?', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['when is the deadline?', MARCH_1, /^The 180-day negotiation window closes on Monday, July 13, 2026, in 134 days\./],
    ['days since signing?', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['how long since it was signed?', DEC_1, /321 days ago/],
    ['is the window still open?', DEC_1, /^No\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['is the window still open?', MARCH_1, /^Yes\. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 134 days\./],
    ['has the deadline passed yet', DEC_1, /^Yes\. The 180-day negotiation window closed/],
    ['how many days are left?', MARCH_1, /in 134 days/],
    ['when was the 90-day decision deadline?', DEC_1, /January 22, 2026/],
    ['15-day implementation date?', DEC_1, /January 29, 2026/],
    ['when was the statement to congress due', DEC_1, /February 13, 2026/],
    ['when was EO 14272 signed', DEC_1, /^Executive Order 14272 was signed on Tuesday, April 15, 2025/],
    ['how many days between signing and FR publication', DEC_1, /^6 days apart\./],
    ['how long did trump take after the commerce report to sign', DEC_1, /^82 days apart\./],
    ['was the commerce report late compared with the EO 180-day report deadline?', DEC_1, /^Yes, 12 days after\./],
    ['from what date are the 180 days counted', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['ustr comments closed how long ago', new Date('2026-05-15T12:00:00Z'), /closed on Thursday, March 19, 2026, 57 days ago/],
  ])('"%s" (%s)', (q, now, expected) => {
    const a = engine.ask(q, now);
    expect(a.intent).toBe('event-date');
    expect(a.text).toMatch(expected);
  });

  it('never writes a present tense about a date that has passed', () => {
    for (const now of [new Date('2026-07-14T00:00:00Z'), DEC_1, new Date('2027-06-01T00:00:00Z')]) {
      const text = engine.ask('when does the negotiation window close?', now).text;
      expect(text).not.toMatch(/\bcloses\b/);
      expect(text).toMatch(/\bclosed\b/);
    }
  });

  it('leaves questions that only mention a date-like word to other rules', () => {
    for (const q of ['what happens if talks fail?', 'what is the 180-day window?', 'when did the copper tariff start?']) expect(engine.ask(q, DEC_1).intent, q).not.toBe('event-date');
  });
});
