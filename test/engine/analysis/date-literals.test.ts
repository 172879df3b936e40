import { describe, expect, it } from 'vitest';
import { dateLiterals, isDayOf } from '../../../src/engine/analysis/date-literals.js';
import { analyze } from '../../../src/engine/text/analyze.js';

const literals = (text: string) => dateLiterals(analyze(text).terms).map(({ month, day, year }) => ({ month, day, year }));

describe('dates written out in a question', () => {
  it('reads month and day in either order, with or without a year, and ISO dates', () => {
    expect(literals('what weekday was july 13 2026')).toEqual([{ month: 7, day: 13, year: 2026 }]);
    expect(literals('anything on 23 sept?')).toEqual([{ month: 9, day: 23, year: undefined }]);
    expect(literals('is 2026-01-14 the signing date')).toEqual([{ month: 1, day: 14, year: 2026 }]);
    expect(literals('what happens on jun 30')).toEqual([{ month: 6, day: 30, year: undefined }]);
  });

  it('reads no date where a number is not a day of a month', () => {
    expect(literals('12 and 29 minerals')).toEqual([]);
    expect(literals('july 2026')).toEqual([]);
    expect(literals('march 45')).toEqual([]);
  });

  it('matches the day it names, and the year only when one is written', () => {
    const [noYear] = dateLiterals(analyze('july 13').terms);
    const [withYear] = dateLiterals(analyze('july 13 2025').terms);
    expect(noYear && isDayOf(noYear, '2026-07-13')).toBe(true);
    expect(withYear && isDayOf(withYear, '2026-07-13')).toBe(false);
  });
});
