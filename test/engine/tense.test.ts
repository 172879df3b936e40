import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.js';
import { addDays } from '../../src/knowledge/dates.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { TENSE } from '../../src/knowledge/placeholders.js';
import { propertyRuns } from '../support/property-runs.js';

const kb = loadKnowledge();
const engine = createEngine(kb);

/** Every {tense:EVENT|before|after} token of the knowledge, with the words around it in its fact. */
const tokens = kb.facts.flatMap((f) =>
  [...f.answer.matchAll(TENSE)].map((m) => {
    const at = m.index;
    const left = f.answer.slice(Math.max(0, at - 24), at).split('}').at(-1) ?? '';
    const right = f.answer.slice(at + m[0].length, at + m[0].length + 24).split('{')[0] ?? '';
    return { fact: f.id, event: m[1] ?? '', before: `${left}${m[2]}${right}`, after: `${left}${m[3]}${right}` };
  }),
);
const dated = kb.events.filter((e) => e.closes || e.upcoming);

describe('tense against the day asked', () => {
  it('the knowledge writes some sentences in a tense that depends on the day', () => {
    expect(tokens.length).toBeGreaterThan(3);
  });

  it('never says a dated thing "closes" or "is due" once its day has passed, at any later day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tokens), fc.integer({ min: 1, max: 3000 }), (token, later) => {
        const date = kb.eventById.get(token.event)?.date ?? '';
        const text = engine.fact(token.fact, new Date(`${addDays(date, later)}T12:00:00Z`))?.text ?? '';
        expect(text).toContain(token.after);
        expect(text).not.toContain(token.before);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('composed date answers speak of a passed day in the past tense and of a coming day in the present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dated), fc.integer({ min: 1, max: 3000 }), (event, days) => {
        const question = `when is the ${event.aliases[0] ?? event.title}?`;
        const after = engine.ask(question, new Date(`${addDays(event.date, days)}T12:00:00Z`));
        const before = engine.ask(question, new Date(`${addDays(event.date, -days)}T12:00:00Z`));
        if (after.intent !== 'event-date' || before.intent !== 'event-date') return;
        const lead = (a: typeof after) => a.text.split('\n\n')[0] ?? '';
        expect(lead(after)).toMatch(/ ago\.$/);
        expect(lead(after)).not.toMatch(/\bcloses\b|\bis due\b|\bruns out\b|\bfalls\b/);
        expect(lead(before)).toMatch(/in \d+ days?\.$/);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
