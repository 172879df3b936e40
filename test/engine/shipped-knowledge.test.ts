import { describe, expect, it } from 'vitest';
import { AnswerSchema, MAX_ANSWER_TEXT } from '../../src/engine/answer.js';
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

  it('answers each fact’s own phrasings with that fact, or with the entity the phrasing names', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const fact of kb.facts) {
      for (const q of fact.questions) {
        total++;
        const a = engine.ask(q, NOW);
        if (a.kind === 'fact' ? a.factIds[0] !== fact.id : !['mineral', 'agency', 'glossary'].includes(a.kind)) wrong.push(`${fact.id}: "${q}" → ${a.kind} ${a.factIds.join(',')}`);
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

  it('answers a question naming two terms from the fact that relates them, not from either definition', () => {
    const a = engine.ask('what does the proclamation say about magnets', NOW);
    expect(a.kind).toBe('fact');
    expect(a.factIds).toEqual(['rare-earth-magnets-derivative']);
  });

  it('answers a question about one listed mineral from what holds for all of them, but not for unlisted ones', () => {
    expect(engine.ask('is there any tariff on lithium imports right now', NOW).factIds).toEqual(['no-tariff-now']);
    expect(engine.ask('are Li imports subject to a duty', NOW).factIds).toEqual(['no-tariff-now']);
    const gold = engine.ask('is there a tariff on gold', NOW);
    expect(gold.kind).toBe('mineral');
    expect(gold.text).toMatch(/^No\. Gold is not on the final 2025/);
  });

  it('reads "has the window closed?" as a countdown and "don\'t agree" as talks failing', () => {
    const closed = engine.ask('has the 180 day window already closed?', NOW);
    expect(closed.factIds).toEqual([FEATURED.windowEnd]);
    expect(closed.text).toContain('the window closed 138 days ago');
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

  it('adds the live deadline line to the window-end fact', () => {
    const a = engine.ask('when is the deadline?', NOW);
    expect(a.factIds).toEqual([FEATURED.windowEnd]);
    expect(a.text).toContain('As of November 28, 2026, the window closed 138 days ago (it ended on July 13, 2026).');
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
