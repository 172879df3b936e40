import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../../src/engine/analysis/aspects.js';
import { foldWords } from '../../../src/engine/text/fold.js';

const aspects = (q: string) => [...shapeOf(foldWords(q)).aspects];

describe('what a question asks for', () => {
  it('asks for a date when "when" asks, not when it joins two clauses', () => {
    expect(aspects('when was the list finalized?')).toContain('when');
    expect(aspects('who signed it and when?')).toContain('when');
    expect(aspects('which minerals were added when USGS finalized the 2025 list?')).not.toContain('when');
    expect(aspects('what happens when the window closes?')).not.toContain('when');
  });
});
