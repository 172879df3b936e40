import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/engine/answer-schema.js';
import { MAX_ANSWER_TEXT } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/engine.js';
import { FEATURED } from '../../src/engine/featured.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const NOW = new Date('2026-11-28T09:30:00Z');

describe('the engine on the shipped knowledge', () => {
  it('finds every fact the overviews quote', () => {
    expect(Object.values(FEATURED).filter((id) => !kb.factById.has(id))).toEqual([]);
  });

  it('answers each fact’s own phrasings with that fact, a composed answer resting on it, or the entity the phrasing names', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const fact of kb.facts) {
      for (const q of fact.questions) {
        total++;
        const a = engine.ask(q, NOW);
        const answeredBy = a.kind === 'fact' ? a.factIds[0] === fact.id : a.kind === 'composed' ? a.factIds.includes(fact.id) || a.factIds.length === 0 : ['mineral', 'agency', 'glossary'].includes(a.kind);
        if (!answeredBy) wrong.push(`${fact.id}: "${q}" → ${a.kind} ${a.factIds.join(',')}`);
      }
    }
    expect(wrong.length / total, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('gives every fact as a valid answer within the size limit, citing resolvable sources', () => {
    for (const fact of kb.facts) {
      const a = AnswerSchema.parse(engine.fact(fact.id, NOW));
      expect(a.text.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
      expect(a.sources.length, fact.id).toBeGreaterThan(0);
      expect(a.related.map((r) => r.id)).not.toContain(fact.id);
    }
  });

  it('answers what the proclamation says about magnets with what it says of them', () => {
    expect(engine.ask('what does the proclamation say about magnets', NOW).text).toMatch(/singles these magnets out as a derivative product/);
  });

  it('answers a duty question about a mineral from what is in force, with the mineral’s standing', () => {
    const lithium = engine.ask('is there any tariff on lithium imports right now', NOW);
    expect(lithium.factIds[0]).toBe('no-tariff-now');
    expect(lithium.text).toMatch(/^No\. As of November 28, 2026, Proclamation 11001 imposes no tariff, quota or other import restriction on lithium/);
    expect(engine.ask('are Li imports subject to a duty', NOW).factIds[0]).toBe('no-tariff-now');
    const gold = engine.ask('is there a tariff on gold', NOW);
    expect(gold.text).toMatch(/Gold is not on the final 2025 USGS List/);
    expect(gold.text).toMatch(/not legal advice/);
  });

  it('reads "has the window closed?" as a countdown and "don\'t agree" as talks failing', () => {
    const closed = engine.ask('has the 180 day window already closed?', NOW);
    expect(closed.factIds).toContain(FEATURED.windowEnd);
    expect(closed.text).toMatch(/^Yes\. The 180-day negotiation window closed on Monday, July 13, 2026, 138 days ago\./);
    expect(engine.ask("what happens if the countries don't agree", NOW).factIds).toEqual(['if-talks-fail']);
  });

  it('declines a question that shares only one word with the knowledge, or is only small numbers', () => {
    for (const q of ['what is the capital of australia', 'how do I invest in index funds', "what's 2+2", '42']) expect(engine.ask(q, NOW).answered, q).toBe(false);
  });

  it('answers questions about the bot itself with help or the source list', () => {
    for (const q of ['help', 'what can you do?']) expect(engine.ask(q, NOW).kind, q).toBe('help');
    for (const q of ['what sources do you use', 'where does your information come from']) expect(engine.ask(q, NOW).kind, q).toBe('sources');
    expect(engine.ask('what sources say tariffs are coming', NOW).kind).toBe('fact');
  });

  it('names each place in a source once, however many facts and references point there', () => {
    const answers = [engine.deadline(NOW), engine.timeline(NOW), ...kb.facts.map((f) => engine.fact(f.id, NOW))];
    for (const a of answers)
      for (const s of a?.sources ?? []) {
        const parts = s.locator.split(/;\s*/);
        expect(new Set(parts).size, `${a?.title}: ${s.id} ${s.locator}`).toBe(parts.length);
      }
  });

  it('dates the deadline against the day asked, in the right tense', () => {
    const a = engine.ask('when is the deadline?', NOW);
    expect(a.factIds).toContain(FEATURED.windowEnd);
    expect(a.text).toMatch(/^The 180-day negotiation window closed on Monday, July 13, 2026, 138 days ago\./);
    expect(a.text).not.toMatch(/\bcloses\b/);
    expect(engine.ask('when is the deadline?', new Date('2026-05-01T00:00:00Z')).text).toMatch(/^The 180-day negotiation window closes on Monday, July 13, 2026, in 73 days\./);
  });

  it('answers the deadline command with the live line and the dates behind it', () => {
    const a = AnswerSchema.parse(engine.deadline(new Date('2026-05-01T00:00:00Z')));
    expect(a.text).toMatch(/^As of May 1, 2026, 73 days remain until the 180-day window ends on July 13, 2026\./);
    expect(a.dates.map((d) => d.date)).toEqual(['2026-01-14', '2026-07-13', '2026-07-13']);
  });

  it('sums up the minerals from the entity flags', () => {
    const a = AnswerSchema.parse(engine.minerals(undefined, NOW));
    const names = a.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Named in the proclamation (10)', 'Added to the list in 2025 (10)', 'Rare earth elements on the list (16)', 'Platinum-group metals (5)']));
    expect(a.fields.some((f) => /\b12\b/.test(f.value) && /\b29\b/.test(f.value))).toBe(true);
    expect(a.fields.some((f) => /magnet/i.test(f.name))).toBe(true);
  });

  it('lists who does what, with the agencies people ask about', () => {
    const names = engine.agencies(undefined, NOW).fields.map((f) => f.name).join(' | ');
    for (const name of ['Commerce', 'Trade Representative', 'Homeland Security', 'Department of War', 'President']) expect(names).toContain(name);
  });

  it('keeps every command answer valid', () => {
    for (const a of [engine.timeline(NOW), engine.sources(NOW), engine.help(NOW), engine.agencies('ustr', NOW), engine.glossary('pcmdp', NOW)]) AnswerSchema.parse(a);
    expect(engine.timeline(NOW).fields.length).toBeLessThanOrEqual(25);
  });

  it('starts autocomplete with the deadline and keeps within Discord’s limits', () => {
    const choices = engine.suggestQuestions('', 25);
    expect(choices.length).toBe(25);
    expect(engine.ask(choices[0]?.value ?? '', NOW).factIds).toEqual([FEATURED.windowEnd]);
    for (const partial of ['', 'wh', 'when is th', 'copper', 'tarif', 'x'.repeat(300)]) {
      for (const c of engine.suggestQuestions(partial, 25)) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
