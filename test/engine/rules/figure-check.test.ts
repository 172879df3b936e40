import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('figure-check: figures put up for checking, pair by pair', () => {
  it.each([
    ['Is it right that the US is 100% import reliant for 12 minerals and at least 50% for another 29?', /^Yes\. According to the proclamation, the U\.S\. was, as of 2024, fully reliant on net imports for 12 critical minerals/],
    ["ICN says the US is 'at least 50 percent reliant for another 29' minerals. Does the proclamation actually say that?", /^Yes\. /],
    ['The ICN article says the United States was fully import-reliant for 12 critical minerals as of 2024. Is that consistent with the proclamation?', /^Yes\. /],
    ['Is it right that the US relies 100% on imports for 29 critical minerals?', /^Not quite: the figures are right but paired differently\. .*fully reliant on net imports for 12 critical minerals and at least 50% reliant for a further 29/],
  ])('"%s"', (q, text) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('figure-check');
    expect(a.factIds).toEqual(['net-import-reliance-figures']);
    expect(a.text).toMatch(text);
  });

  it('checks no lone figure, whose words alone tell which count it is, and answers no open question with a verdict', () => {
    for (const q of ['Are there 50 minerals on the list?', 'Which 12 minerals is the United States 100 percent net-import reliant on, according to the proclamation?', 'what are the 12 and 29 figures?']) {
      const a = engine.ask(q, DEC_1);
      expect(finalIntent(a.intent), q).not.toBe('figure-check');
      expect(a.text, q).not.toMatch(/^Yes\./);
    }
  });
});
