import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('who-does: who does what a question names, when no fact says it in its words', () => {
  it.each([
    ['Which agency issues the critical minerals list?', /^Department of the Interior$/, /U\.S\. Geological Survey/],
    ['Which bureau within Commerce ran the investigation?', /^Bureau of Industry and Security$/, /carries out Section 232 investigations/],
    ['Which official is charged with continuing to monitor imports of these products after the proclamation?', /^Department of Commerce$/, /keeps monitoring these imports/],
  ])('"%s"', (q, title, text) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('who-does');
    expect(a.title).toMatch(title);
    expect(a.text).toMatch(text);
  });

  it('names the bureau when it and its department do the same thing', () => {
    expect(engine.ask('which agency maintains the critical minerals list?', DEC_1).title).toBe('U.S. Geological Survey');
  });

  it('leaves checks of a name, choices between agencies and questions about all of them to the facts', () => {
    for (const q of ['Was it Vance who hosted the ministerial?', 'who actually ran the investigation, BIS or commerce?', 'which agencies have a role in 11001, briefly']) {
      expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('who-does');
    }
  });

  it('declines rather than guess when no agency’s part covers what is asked', () => {
    for (const q of ['who won the super bowl', 'which agency regulates drones?']) expect(engine.ask(q, DEC_1).answered, q).toBe(false);
  });

  it('names no one who only spoke of the thing, when the question asks who does it', () => {
    const a = engine.ask('who negotiates price floors?', DEC_1);
    expect(a.title).not.toMatch(/Vance/);
    expect(engine.ask('who is supposed to negotiate them?', DEC_1).factIds[0]).toBe('who-leads-negotiations');
  });
});
