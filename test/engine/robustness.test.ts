import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/engine/answer-schema.js';
import { createEngine } from '../../src/engine/engine.js';
import { fixtureKb } from './fixture-kb.js';

const engine = createEngine(fixtureKb());
const NOW = new Date('2026-03-01T00:00:00Z');

describe('any input', () => {
  it('ask always returns a valid answer, and a miss never quotes the question', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (q) => {
        const a = AnswerSchema.parse(engine.ask(q, NOW));
        if (a.kind === 'miss' && q.trim().length > 12) expect(a.text).not.toContain(q.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('autocomplete and lookups never throw and stay within bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: -5, max: 50 }), (partial, limit) => {
        for (const choices of [engine.suggestQuestions(partial, limit), engine.suggestMinerals(partial, limit), engine.suggestGlossary(partial, limit)]) {
          expect(choices.length).toBeLessThanOrEqual(Math.max(0, Math.min(25, limit)));
          for (const c of choices) expect(c.name.length <= 100 && c.value.length <= 100).toBe(true);
        }
        AnswerSchema.parse(engine.minerals(partial, NOW));
        AnswerSchema.parse(engine.glossary(partial, NOW));
        AnswerSchema.parse(engine.agencies(partial, NOW));
      }),
      { numRuns: 200 },
    );
  });
});
