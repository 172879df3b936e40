import { describe, expect, it } from 'vitest';
import { DEC_1, engine } from './shipped.js';

describe('dates-weighed: two dates set against each other', () => {
  it.each([
    ['is it July 13 or July 14?', 'six-months-vs-180-days'],
    ['jan 14 or jan 20 - which is the real date?', 'signing-date-discrepancy'],
    ['oct 12 or oct 24 for the final report?', 'eo-14272-timetable'],
    ['july 13 or july 19?', 'window-if-counted-differently'],
  ])('"%s" is answered by the fact that speaks of both', (q, fact) => {
    const a = engine.ask(q, DEC_1);
    expect(a.intent).toBe('dates-weighed');
    expect(a.factIds).toEqual([fact]);
  });

  it('leaves a question with one date, or dates no fact speaks of together, to other rules', () => {
    expect(engine.ask('what weekday was july 13 2026', DEC_1).intent).not.toBe('dates-weighed');
    expect(engine.ask('march 3 or march 4?', DEC_1).intent).not.toBe('dates-weighed');
  });
});
