import { describe, expect, it } from 'vitest';
import { isConfident, MIN_COVERAGE, MIN_SCORE } from '../../../src/engine/abstain.js';
import { buildFactIndex } from '../../../src/engine/search/fact-index.js';
import { buildQuestionSearch, explain } from '../../../src/engine/search/question-search.js';
import { ASK_BONUS, PAIR_BONUS, PHRASING_SHARE, queryTerms, rankFacts } from '../../../src/engine/search/rank.js';
import { analyze } from '../../../src/engine/text/analyze.js';
import { fixtureKb } from '../fixture-kb.js';

const kb = fixtureKb();
const search = buildQuestionSearch(kb);
const top = (q: string) => search.analyse(q).ranked[0];

describe('ranking', () => {
  it('puts the fact whose title and phrasings match above one that only mentions the words', () => {
    const ranked = search.analyse('who leads the negotiations').ranked;
    expect(ranked[0]?.id).toBe('who-leads-negotiations');
    // window-end-date mentions negotiations in its title only, so it trails far behind.
    const other = ranked.find((r) => r.id === 'window-end-date');
    expect(other?.score ?? 0).toBeLessThan((ranked[0]?.score ?? 0) / 2);
  });

  it('keeps an explainable breakdown: field-weighted terms, phrasing similarity, coverage', () => {
    const best = top('is there a tariff on imports');
    expect(best).toMatchObject({ id: 'no-tariff-yet', coverage: 1 });
    expect(best?.perTerm.map((t) => t.term)).toEqual(['tariff', 'import']);
    expect(best?.perTerm[0]?.fields).toEqual(['title', 'questions', 'tags', 'answer']);
    expect(best?.score).toBeCloseTo(
      ((1 - PHRASING_SHARE) * (best?.terms ?? 0) + PHRASING_SHARE * (best?.phrasing ?? 0)) *
        Math.sqrt(best?.coverage ?? 0) *
        (1 + PAIR_BONUS * (best?.pairs ?? 0)) *
        (best?.sameAsk ? 1 + ASK_BONUS : 1),
      10,
    );
    expect(explain(search.analyse('is there a tariff on imports'))).toMatch(/no-tariff-yet: score \d\.\d{3} = \(0\.55×terms \d\.\d{3} \+ 0\.45×phrasing \d\.\d{3}\) × √coverage 1\.00 × \(1 \+ 0\.4×pairs \d\.\d{2}\)/);
  });

  it('rewards words that stand together in the fact as in the question', () => {
    const ranked = search.analyse('section 232 investigation').ranked;
    expect(ranked[0]).toMatchObject({ id: 'executive-order-origin', pairs: 1 });
  });

  it('prefers facts phrased with the same question word', () => {
    expect(top('who leads the talks')?.sameAsk).toBe(true);
    expect(top('when does the window close')).toMatchObject({ id: 'window-end-date', sameAsk: true });
  });

  it('scores a question identical to a phrasing with full phrasing similarity', () => {
    expect(top('Who leads the talks?')?.phrasing).toBeCloseTo(1, 10);
  });

  it('weighs rare terms above common ones', () => {
    const index = buildFactIndex(kb.facts);
    expect(index.idf('magnet')).toBeGreaterThan(index.idf('proclamation'));
  });

  it('counts words the knowledge never uses against coverage', () => {
    const index = buildFactIndex(kb.facts);
    const query = queryTerms(analyze('deadline sourdough').terms, index);
    const best = rankFacts(index, query)[0];
    expect(best?.id).toBe('window-end-date');
    expect(best?.coverage).toBeLessThanOrEqual(0.5);
  });

  it('discounts corrected words, more for short ones', () => {
    const index = buildFactIndex(kb.facts);
    const [long] = queryTerms([{ term: 'deadline', source: 'deadlne', edits: 1 }], index);
    const [short] = queryTerms([{ term: 'tariff', source: 'tarif', edits: 1 }], index);
    expect(long?.weight).toBeLessThan(1);
    expect(short?.weight).toBeLessThan(long?.weight ?? 0);
  });
});

describe('abstention', () => {
  it('needs both a good score and most of the question explained', () => {
    const base = { index: 0, id: 'x', terms: 0, phrasing: 0, pairs: 0, sameAsk: false, perTerm: [] };
    expect(isConfident({ ...base, score: MIN_SCORE, coverage: MIN_COVERAGE })).toBe(true);
    expect(isConfident({ ...base, score: 0.9, coverage: MIN_COVERAGE - 0.01 })).toBe(false);
    expect(isConfident({ ...base, score: MIN_SCORE - 0.01, coverage: 1 })).toBe(false);
    expect(isConfident(undefined)).toBe(false);
  });

  it('finds nothing to rank for questions made only of unknown words', () => {
    expect(search.analyse('who won the super bowl').ranked).toEqual([]);
  });
});
