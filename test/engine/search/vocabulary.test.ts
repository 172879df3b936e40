import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../src/engine/search/vocabulary.js';
import { kb } from '../rules/shipped.js';

describe('the vocabulary spelling correction works from', () => {
  const { corrector } = buildVocabulary(kb);

  it('leaves everyday English words alone though the knowledge never uses them', () => {
    for (const word of ['cost', 'stock', 'play', 'broker', 'sales', 'customers', 'write', 'small']) expect(corrector.correct(word), word).toBeNull();
  });

  it('still corrects the misspellings of the knowledge’s own words and of calendar words', () => {
    expect(corrector.correct('cobolt')?.word).toBe('cobalt');
    expect(corrector.correct('dedline')?.word).toBe('deadline');
    expect(corrector.correct('weeek')?.word).toBe('week');
    expect(corrector.correct('nickle')?.word).toBe('nickel');
  });
});
