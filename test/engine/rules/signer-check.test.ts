import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent } from './shipped.js';

describe('signer-check: a name put up as the one who signed', () => {
  it.each([
    ['did biden sign 11001?', /^No\. President Trump signed Proclamation 11001 on Wednesday, January 14, 2026\./],
    ['Was Proclamation 11001 signed by Biden?', /^No\. President Trump signed/],
    ['did lutnick sign 11001?', /^No\. President Trump signed/],
    ['did trump sign it?', /^Yes\. President Trump signed/],
    ['who signed it, potus himself?', /^Yes\. President Trump signed/],
    ['who issued it - was it biden?', /^No\. President Trump signed/],
  ])('"%s"', (q, text) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('signer-check');
    expect(a.text).toMatch(text);
  });

  it('leaves agreements signed by a day, and who-questions with no guess, to the other rules', () => {
    for (const q of ['did any agreements get signed by the deadline?', 'Did any deal actually get signed by July 13?', 'who signed it?', 'did he sign it?']) {
      expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('signer-check');
    }
  });
});
