import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('events-on-day: what happened on a day the question writes out', () => {
  it('tells every dated event on that day, counted from the day asked', () => {
    const a = engine.ask('what happened on january 20?', DEC_1);
    expect(finalIntent(a.intent)).toBe('events-on-day');
    expect(a.text).toMatch(/Proclamation 11001 was published in the Federal Register on Tuesday, January 20, 2026, 315 days ago\./);
    expect(a.text).toMatch(/The ICN article was published on Tuesday, January 20, 2026/);
    expect(a.dates.map((d) => d.date)).toEqual(['2026-01-20', '2026-01-20']);
  });

  it('reads a day written with its year in a chatty question', () => {
    expect(engine.ask('what happened feb 26 2026 in this story', DEC_1).text).toMatch(/^USTR asked for public comments on a plurilateral critical-minerals agreement on Thursday, February 26, 2026/);
  });

  it('leaves a question about one thing on a day, or about what came after it, to the other rules', () => {
    for (const q of ['what was said about the EU and Japan on Feb 4?', 'what hapens after july 13 if no deals r done?', 'USTR Feb 26 notice, what was it?', 'what happened on march 3?']) {
      expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('events-on-day');
    }
  });
});
