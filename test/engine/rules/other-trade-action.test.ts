import { describe, expect, it } from 'vitest';
import { DEC_1, engine } from './shipped.js';

describe('other-trade-action: another trade action is declined, never answered with this one’s facts', () => {
  it.each([
    "what's the current 232 tariff rate on copper cathodes?",
    'when did the copper tariff start',
    'steel tariffs 50%?',
    'prelim AD margin on the chinese graphite anode material case?',
    'whats the reciprical tarrif on vietnam rn',
    'How is the EU CBAM charge calculated for aluminium imports?',
    "Can you walk me through China's export licensing procedure for gallium?",
    'when did the section 232 investigation on copper start?',
    'does the copper 232 cover scrap?',
    'What tariff does India apply to lithium-ion batteries imported from the United States?',
    'What is the Section 232 tariff rate applicable to imported semi-finished copper products?',
    'Under the copper 232 proclamation from last year, what rate applies to semi-finished copper tubes from Chile?',
    "What licence does China's MOFCOM require for exporting gallium and germanium, and how long does approval take?",
    'is aluminium from canada still at 50%??',
    "what's the 232 tariff on aluminum extrusions from canada rn?",
    'Is there still an inclusions process for adding new aluminum derivative products to the 232 tariffs?',
    'is the 50% 232 tariff charged on the aluminum content of our battery pack enclosures?',
    'when did china ban exports of gallium germanium and antimony to the US and is the ban still on?',
    "our pharma supplier says there's a 232 proclamation on pharmaceuticals now - what does it cover and what's the rate?",
    'What extraction, processing and recycling benchmarks does the EU Critical Raw Materials Act set for 2030?',
    'What Section 232 duty applies to imports of Canadian softwood lumber?',
    'china banned gallium exports to the US, when does that ban end?',
    'alum tarrif % on canada',
    'how did the USMCA joint review go',
    'Can you walk me through the separate Section 232 investigation Commerce opened on polysilicon and its derivatives?',
    "When did China's ban on gallium and germanium exports to the United States take effect?",
  ])('"%s"', (q) => {
    const a = engine.ask(q, DEC_1);
    expect(a).toMatchObject({ intent: 'other-trade-action', answered: false, factIds: [] });
    expect(a.text).toMatch(/I answer questions about Proclamation 11001 only/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    'would a 232 tariff from this replace the reciprocal tariff?',
    'If a Section 232 tariff on processed critical minerals is eventually imposed, would it be cumulative with the reciprocal (IEEPA) tariff rate?',
  ])('answers how another action relates to this one when a fact speaks of it: "%s"', (q) => {
    expect(engine.ask(q, DEC_1).factIds).toEqual(['eo-14272-reciprocal-tariff-replacement']);
  });

  it('lets an applicability question about our own goods through, to be answered with the caveat', () => {
    expect(engine.ask('is there a tariff on copper from chile?', DEC_1).intent).toBe('duty-status');
  });
});
