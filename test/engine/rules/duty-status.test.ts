import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent, MARCH_1 } from './shipped.js';

describe('duty-status: whether anything applies to an importer’s goods, from any country', () => {
  it.each([
    ['are we paying extra duty on canadian cobalt bc of this?', [/^No\. As of December 1, 2026, Proclamation 11001 puts no tariff, quota or other import restriction on cobalt from Canada/, /Cobalt is on the final 2025 USGS List/, /do not name Canada/]],
    ['our NdFeB magnets come from China, is there a 232 duty on them now?', [/no tariff, quota or other import restriction on rare earth permanent magnets from China/, /derivative product the proclamation singles out/]],
    ['cobolt tarrif y/n', [/^No\. As of December 1, 2026, Proclamation 11001 puts no tariff/, /cobalt/]],
    ['is there an HTS list of covered products?', [/no list of covered products or HTS codes/]],
    ['do we need an import licence for gallium?', [/licence requirement/, /Gallium is on the final 2025 USGS List/]],
    ['is canada exempt from this?', [/^There is nothing to be exempted from/, /Canada included/]],
    ['do we need to budget for tariffs on our lithium?', [/Nothing is payable under it today/]],
    ['is gold imported from peru subject to duty under this', [/Gold is not on the final 2025 USGS List/, /Peru/]],
    ['does this cover semiconductor wafers?', [/^Yes, within its subject\. Semiconductor wafers are one of the semi-finished goods/]],
  ] as const)('"%s"', (q, patterns) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('duty-status');
    expect(a.factIds[0]).toBe('no-tariff-now');
    for (const p of patterns) expect(a.text).toMatch(p);
    expect(a.text).toMatch(/not legal advice/);
  });

  it('says what could change it, in the tense of the day asked', () => {
    expect(engine.ask('is there a tariff on cobalt now?', MARCH_1).text).toMatch(/within the 180-day window, which closes on Monday, July 13, 2026 \(in 134 days\)/);
    expect(engine.ask('is there a tariff on cobalt now?', DEC_1).text).toMatch(/has closed \(on Monday, July 13, 2026, 141 days ago\)/);
  });

  it('names another trade action in its caveat when the goods have one', () => {
    expect(engine.ask('is there a tariff on copper?', DEC_1).text).toMatch(/Other trade actions \(such as the Section 232 tariffs on copper\)/);
  });

  it('leaves questions about why or about what happens to the facts that answer them', () => {
    for (const q of ['why were tariffs held off?', 'what happens if the talks fail?', 'govwatch says it adjusts tariffs, is that right']) expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('duty-status');
  });
});
