import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/engine.js';
import { addDays, formatDate, isoDateOf } from '../../src/knowledge/dates.js';
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

/**
 * Any day from the investigation to two years after the deadline: every sentence the engine writes
 * about a dated event is in that day's tense. A reply sent on December 1 never says the July
 * deadline "closes on" it or comes "in 20 days", and no {tense:…} token is left unread.
 */
const RUNS = { seed: 0x11001, numRuns: propertyRuns(40) };

const FIRST = '2025-04-01';
const DAYS = 365 * 3 + 200;
const WEEKDAY = '(?:[A-Z][a-z]+day, )?';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Dated questions the engine composes answers for, beside every fact and command. */
const QUESTIONS = [
  'when is the deadline?',
  'is the window still open?',
  'how many days are left?',
  'has the deadline passed?',
  'when was it signed?',
  'are we paying duty on cobalt from Canada?',
  'what happened after the deadline?',
  'what should we be watching on this?',
  'what happens if talks fail?',
  'when were comments due on the plurilateral agreement?',
];

function answersOn(now: Date): [string, Answer][] {
  return [
    ...kb.facts.map((f): [string, Answer] => [`fact ${f.id}`, engine.fact(f.id, now) as Answer]),
    ...QUESTIONS.map((q): [string, Answer] => [`ask "${q}"`, engine.ask(q, now)]),
    ['deadline', engine.deadline(now)],
    ['timeline', engine.timeline(now)],
    ['minerals', engine.minerals(undefined, now)],
    ['agencies', engine.agencies(undefined, now)],
    ['sources', engine.sources(now)],
    ['help', engine.help(now)],
  ];
}

/** What the engine would have to write to get an event's tense wrong on `today`. */
function wrongTense(today: string): { event: string; pattern: RegExp }[] {
  return kb.events.flatMap((e) => {
    const date = `${WEEKDAY}${escape(formatDate(e.date))}`;
    if (e.date < today) {
      return [
        { event: e.id, pattern: new RegExp(`\\b(?:closes|ends|remains?|opens|starts|begins|expires|is due|are due|will [a-z]+) (?:today, |on )${date}`) },
        { event: e.id, pattern: new RegExp(`${date},? \\(?in \\d+ days?`) },
      ];
    }
    // Knowledge is written after the fact; only the engine's own count can run the wrong way.
    if (e.date > today) return [{ event: e.id, pattern: new RegExp(`${date},? \\(?\\d+ days? ago`) }];
    return [];
  });
}

const textsOf = (a: Answer) => [a.title, a.text, ...a.fields.flatMap((f) => [f.name, f.value])].join('\n');

describe('tense of every answer and command, from the day asked', () => {
  test('no present tense for a past event, and no count the wrong way, on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 0, max: 23 }), (offset, hour) => {
        const now = new Date(`${addDays(FIRST, offset)}T${String(hour).padStart(2, '0')}:30:00Z`);
        const checks = wrongTense(isoDateOf(now));
        for (const [label, answer] of answersOn(now)) {
          const text = textsOf(answer);
          expect(text, `${label} on ${now.toISOString()}`).not.toContain('{tense:');
          for (const { event, pattern } of checks) expect(text, `${label} on ${now.toISOString()} about ${event}`).not.toMatch(pattern);
        }
      }),
      RUNS,
    );
  });

  test('the check itself catches the sentences it is about', () => {
    const today = '2026-12-01';
    const wrong = wrongTense(today).map((c) => c.pattern);
    const flagged = (text: string) => wrong.some((p) => p.test(text));
    expect(flagged('The 180-day window closes on Monday, July 13, 2026.')).toBe(true);
    expect(flagged('It ends on July 13, 2026, in 3 days.')).toBe(true);
    expect(flagged('The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago.')).toBe(false);
  });
});
