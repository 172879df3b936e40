import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

const MARCH_20 = new Date('2026-03-20T12:00:00Z');

describe('next-date: the next dated event after the day asked', () => {
  it('names the next date on record, counted from the day asked, past the one the asker says is behind them', () => {
    for (const q of ["what's the next milestone?", "comment period closed yesterday, what's the next milestone?"]) {
      const a = engine.ask(q, MARCH_20);
      expect(finalIntent(a.intent), q).toBe('next-date');
      expect(a.text, q).toMatch(/^The next date on record: The 180-day negotiation window closes on Monday, July 13, 2026, in 115 days\./);
    }
  });

  it('says plainly when no further date is set, with the latest one on record', () => {
    const a = engine.ask("what's the next deadline?", DEC_1);
    expect(finalIntent(a.intent)).toBe('next-date');
    expect(a.text).toMatch(/^No further date is set in the sources\. The latest one on record: .* on Wednesday, September 23, 2026, 69 days ago\./);
  });

  it('leaves an event still ahead that the question names to the event-date rule', () => {
    expect(finalIntent(engine.ask('when is the next deadline for the negotiations?', MARCH_20).intent)).not.toBe('next-date');
  });
});
