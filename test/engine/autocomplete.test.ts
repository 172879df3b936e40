import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePick } from '../../src/engine/autocomplete.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { propertyRuns } from '../support/property-runs.js';

const kb = loadKnowledge();
const engine = createEngine(kb);
const RUNS = { seed: 0x7a21f, numRuns: propertyRuns(200) };

/** What people type: the start of a phrasing, a title or a name, sometimes with a slip, or anything. */
const texts = [...kb.facts.flatMap((f) => [...f.questions, f.title]), ...kb.minerals.map((m) => m.name), ...kb.glossary.map((g) => g.term), ...kb.agencies.map((a) => a.name)];
const partial = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...texts), fc.integer({ min: 1, max: 40 })).map(([t, n]) => t.slice(0, n)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const phrasingsOf = (id: string) => new Set((kb.factById.get(id)?.questions ?? []).map((q) => q.toLowerCase()));

describe('autocomplete for /ask on the shipped knowledge', () => {
  test('offers distinct questions: never two choices for one fact, each in one of that fact’s own phrasings', () => {
    fc.assert(
      fc.property(partial, (typed) => {
        const choices = engine.suggestQuestions(typed, 25);
        expect(choices.length).toBeLessThanOrEqual(25);
        const values = choices.map((c) => c.value);
        expect(new Set(values).size, typed).toBe(values.length);
        expect(new Set(choices.map((c) => c.name.toLowerCase())).size, typed).toBe(choices.length);
        for (const choice of choices) {
          const pick = parsePick(choice.value);
          expect(pick, choice.value).not.toBeNull();
          if (pick?.kind === 'fact') expect(phrasingsOf(pick.id).has(choice.name.toLowerCase()), `${typed}: ${choice.name}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('"tarif" offers one question per fact about tariffs, clearest phrasing first, no keyword strings', () => {
    const choices = engine.suggestQuestions('tarif', 25);
    expect(choices.length).toBeGreaterThanOrEqual(5);
    expect(choices[0]).toEqual({ name: 'Is there a tariff now?', value: 'fact:no-tariff-now' });
    for (const choice of choices) expect(choice.name, choice.name).toMatch(/^(?:What|When|Where|Who|Which|Why|How|Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|May|Has|Have)\b.*\?$/);
    expect(choices.map((c) => c.name)).not.toContain('Govwatch says it adjusts tariffs, true?');
  });

  test('mixes in a named mineral or term where the typed text starts its name', () => {
    expect(engine.suggestQuestions('copp', 25)[0]).toEqual({ name: 'Is copper a critical mineral?', value: 'mineral:copper' });
    expect(engine.suggestQuestions('price fl', 25)[0]).toEqual({ name: 'What does price floor mean?', value: 'term:price-floor' });
    // A term a fact already defines is offered once, as that fact.
    expect(engine.suggestQuestions('pcmdp', 25).filter((c) => /PCMDP/i.test(c.name) && /mean|stand for/.test(c.name))).toHaveLength(1);
  });
});
