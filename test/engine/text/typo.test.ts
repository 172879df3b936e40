import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/text/analyze.js';
import { STOP_WORDS } from '../../../src/engine/text/stop-words.js';
import { allowedEdits, createTypoCorrector } from '../../../src/engine/text/typo.js';

const vocabulary = new Map(
  ['deadline', 'magnets', 'rare', 'earth', 'critical', 'minerals', 'tariff', 'tariffs', 'negotiations', 'commerce', 'copper', 'list', 'lithium'].map((w) => [w, 3]),
);
const corrector = createTypoCorrector(vocabulary, (w) => STOP_WORDS.has(w));

describe('typo correction', () => {
  it('fixes one-letter slips in longer words', () => {
    expect(corrector.correct('deadlne')?.word).toBe('deadline');
    expect(corrector.correct('magnits')?.word).toBe('magnets');
    expect(corrector.correct('critcal')?.word).toBe('critical');
    expect(corrector.correct('negociations')?.word).toBe('negotiations');
    expect(corrector.correct('coper')?.word).toBe('copper');
  });

  it('reads a double letter typed once as the double, before a more frequent word as close', () => {
    const both = createTypoCorrector(new Map([['copper', 1], ['cover', 50]]), () => false);
    expect(both.correct('coper')?.word).toBe('copper');
    expect(both.correct('cuver')?.word).toBe('cover');
  });

  it('fixes two slips only in words of eight letters or more', () => {
    expect(corrector.correct('negotaitons')?.word).toBe('negotiations');
    expect(allowedEdits(7)).toBe(1);
    expect(corrector.correct('tarrifs')).toBeNull();
    expect(corrector.correct('lsiit')).toBeNull();
  });

  it('reads a dropped final g and the adverb of a known word as that word', () => {
    const withForms = createTypoCorrector(new Map([...vocabulary, ['legal', 2]]), (w) => STOP_WORDS.has(w) || w === 'doing');
    expect(withForms.correct('doin')?.word).toBe('doing');
    expect(withForms.correct('legally')).toEqual({ word: 'legal', edits: 0 });
  });

  it('never touches known words, stop words, numbers or very short words', () => {
    expect(corrector.correct('copper')).toBeNull();
    expect(corrector.correct('teh')).toBeNull();
    expect(corrector.correct('2026')).toBeNull();
    expect(corrector.correct('lst')).toBeNull();
  });

  it('leaves words with nothing close enough alone', () => {
    expect(corrector.correct('weather')).toBeNull();
    expect(corrector.correct('bread')).toBeNull();
  });

  it('corrects inside a whole question and records the edits', () => {
    const terms = analyze('wen is teh deadlne', corrector).terms;
    expect(terms).toEqual([{ term: 'deadline', source: 'deadlne', edits: 1 }]);
  });
});
