import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('who-does: who does what a question names, when no fact says it in its words', () => {
  it.each([
    ['Which agency issues the critical minerals list?', /^Department of the Interior$/, /U\.S\. Geological Survey/],
    ['Which bureau within Commerce ran the investigation?', /^Bureau of Industry and Security$/, /carries out Section 232 investigations/],
  ])('"%s"', (q, title, text) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('who-does');
    expect(a.title).toMatch(title);
    expect(a.text).toMatch(text);
  });

  it('declines rather than guess when no agency’s part covers what is asked', () => {
    for (const q of ['who won the super bowl', 'which agency regulates drones?']) expect(engine.ask(q, DEC_1).answered, q).toBe(false);
  });
});
