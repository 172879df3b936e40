import { describe, expect, it } from 'vitest';
import { claimedSpan, spanHolds, timeHorizon } from '../../../src/engine/analysis/time-horizon.js';

const TODAY = '2026-07-01';

describe('timeHorizon: how far ahead a question looks', () => {
  it.each([
    ['is it in the next 2 weeks', { last: '2026-07-15' }],
    ['within the next few days', { last: '2026-07-04' }],
    ['in 10 days', { last: '2026-07-11' }],
    ['in the coming months', { last: '2026-10-01' }],
    ['in the next month', { last: '2026-08-01' }],
    ['is it this month', { last: '2026-07-31' }],
    ['is it next month', { first: '2026-08-01', last: '2026-08-31' }],
    ['is it next year', { first: '2027-01-01', last: '2027-12-31' }],
    ['is it coming up soon', {}],
    ['did it pass yesterday', { first: '2026-06-30', last: '2026-06-30', past: true }],
    ['did it close last week', { first: '2026-06-17', last: '2026-06-30', past: true }],
    ['was it last month', { first: '2026-06-01', last: '2026-06-30', past: true }],
    ['in the past 3 days', { first: '2026-06-28', last: '2026-07-01', past: true }],
  ])('"%s"', (words, horizon) => {
    expect(timeHorizon(words, TODAY)).toEqual(horizon);
  });

  it('names none when the question looks at no span ahead', () => {
    expect(timeHorizon('when is the deadline', TODAY)).toBeNull();
    expect(timeHorizon('how many days since it was signed', TODAY)).toBeNull();
    expect(timeHorizon('is the last day to comment today', TODAY)).toBeNull();
  });
});

describe('claimedSpan and spanHolds: a span put up for checking, weighed against the days', () => {
  const SIGNED = '2026-01-14';
  const DEC_1 = '2026-12-01';
  it.each([
    ["its been roughly ten months since the proclamation was signed right", true],
    ["its been about five months since it was signed right", false],
    ['its been 321 days since signing right', true],
    ['its been 200 days since signing right', false],
    ['has it been 180 days since signing', true],
    ['has it been over 300 days since signing', true],
    ['has it been more than a year since signing', false],
    ['is it under 11 months since signing', true],
    ['is it nearly eleven months since signing', true],
  ])('"%s" → %s (321 days, 10 months and 17 days)', (words, holds) => {
    const claim = claimedSpan(words);
    expect(claim).not.toBeNull();
    expect(spanHolds(claim!, SIGNED, DEC_1)).toBe(holds);
  });

  it('finds no span where none is written', () => {
    expect(claimedSpan('how long since it was signed')).toBeNull();
  });
});
