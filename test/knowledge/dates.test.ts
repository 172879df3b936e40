import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../support/property-runs.js';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatDateWithWeekday,
  isValidIsoDate,
  noonUtcSeconds,
} from '../../src/knowledge/dates.js';

describe('deadline arithmetic from the dossier (§3)', () => {
  it('puts the end of the 180-day window on Monday, July 13, 2026', () => {
    expect(addDays('2026-01-14', 180)).toBe('2026-07-13');
    expect(formatDateWithWeekday(addDays('2026-01-14', 180))).toBe('Monday, July 13, 2026');
  });

  it('shows that "six months" would be July 14, one day later', () => {
    expect(addMonths('2026-01-14', 6)).toBe('2026-07-14');
    expect(daysBetween('2026-01-14', addMonths('2026-01-14', 6))).toBe(181);
  });

  it('counts the other dates the dossier derives', () => {
    expect(addDays('2026-01-15', 180)).toBe('2026-07-14');
    expect(addDays('2026-01-20', 180)).toBe('2026-07-19');
    expect(daysBetween('2025-10-24', '2026-01-14')).toBe(82);
    expect(addDays('2025-10-24', 90)).toBe('2026-01-22');
    expect(addDays('2026-01-14', 15)).toBe('2026-01-29');
    expect(addDays('2026-01-14', 30)).toBe('2026-02-13');
    expect(addDays('2025-04-15', 90)).toBe('2025-07-14');
    expect(addDays('2025-04-15', 180)).toBe('2025-10-12');
    expect(addDays('2025-04-22', 180)).toBe('2025-10-19');
    expect(daysBetween('2026-02-26', '2026-03-19')).toBe(21);
  });

  it('clamps month arithmetic to the last day of a shorter month', () => {
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});

describe('calendar validation and formatting', () => {
  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('26-01-14')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('formats dates the way users read them', () => {
    expect(formatDate('2026-01-14')).toBe('January 14, 2026');
    expect(formatDateWithWeekday('2026-01-14')).toBe('Wednesday, January 14, 2026');
  });

  it('places Discord timestamps at noon UTC so every time zone shows the same day', () => {
    expect(new Date(noonUtcSeconds('2026-07-13') * 1000).toISOString()).toBe('2026-07-13T12:00:00.000Z');
  });

  it('keeps addDays and daysBetween consistent for any date and offset', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (iso, n) => {
        const later = addDays(iso, n);
        return isValidIsoDate(later) && daysBetween(iso, later) === n && addDays(later, -n) === iso;
      }),
      { seed: 20260114, numRuns: propertyRuns(300) },
    );
  });
});
