import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../src/discord/registry.js';
import { renderAnswer } from '../../src/discord/render.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { createEngine } from '../../src/engine/engine.js';
import { noonUtcSeconds } from '../../src/knowledge/dates.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { discordErrors } from '../support/discord-payload.js';
import { validateCommands } from '../support/discord-validation.js';

/** The real engine over the real knowledge/, through the Discord renderer and the real client. */
type Json = Record<string, any>;

const NOWS = [new Date('2026-01-16T12:00:00Z'), new Date('2026-07-13T23:00:00Z'), new Date('2026-11-28T09:00:00Z')];
const MENTION = '323456789012345678';
let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadKnowledge());
});

function everyAnswer(now: Date): [string, Answer][] {
  const { kb } = engine;
  return [
    ...kb.facts.map((f): [string, Answer] => [`fact ${f.id}`, engine.fact(f.id, now) as Answer]),
    ...kb.facts.map((f): [string, Answer] => [`ask "${f.questions[0]}"`, engine.ask(f.questions[0] as string, now)]),
    ['deadline', engine.deadline(now)],
    ['minerals', engine.minerals(undefined, now)],
    ...kb.minerals.map((m): [string, Answer] => [`minerals ${m.name}`, engine.minerals(m.name, now)]),
    ['agencies', engine.agencies(undefined, now)],
    ...engine.agencyChoices().map((c): [string, Answer] => [`agencies ${c.value}`, engine.agencies(c.value, now)]),
    ['timeline', engine.timeline(now)],
    ...kb.glossary.map((g): [string, Answer] => [`glossary ${g.term}`, engine.glossary(g.term, now)]),
    ['sources', engine.sources(now)],
    ['help', engine.help(now)],
    ['miss', engine.ask('what is the capital of Australia?', now)],
  ];
}

describe('every answer of the real knowledge renders within Discord limits', () => {
  test.each(NOWS.map((now) => [now.toISOString(), now] as const))('at %s', (_label, now) => {
    for (const [label, answer] of everyAnswer(now)) {
      expect(answer, label).not.toBeNull();
      expect(discordErrors(renderAnswer(answer)), label).toEqual([]);
      expect(discordErrors(renderAnswer(answer, { public: true, mentionUserId: MENTION, asked: 'q'.repeat(300) })), label).toEqual([]);
    }
  });

  test('the command definitions pass Discord validation', () => {
    expect(validateCommands(JSON.parse(JSON.stringify(commandDefinitions(engine))))).toEqual([]);
  });
});

describe('the real engine behind the real client', () => {
  let h: Harness;
  const now = new Date('2026-03-01T12:00:00Z');
  const str = (name: string, value: string, focused = false) => ({ type: 3, name, value, ...(focused ? { focused } : {}) });

  beforeAll(async () => {
    h = await startHarness(engine, { now: () => now });
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function data(record: Parameters<Harness['answer']>[0]): Promise<Json> {
    const callback = await h.answer(record);
    expect(callback.status).toBe(204);
    return callback.data;
  }

  test('/deadline shows the end of the negotiation window as Discord timestamps', async () => {
    const end = engine.kb.eventById.get('negotiation-window-end')?.date as string;
    const reply = await data(h.fake.dispatchCommand('deadline'));
    expect(reply.embeds[0].description).toContain(`<t:${noonUtcSeconds(end)}:D>`);
    expect(reply.embeds[0].description).toContain(`<t:${noonUtcSeconds(end)}:R>`);
  });

  test('autocomplete suggestions, picked or typed out by name, give an answer', async () => {
    const suggestions = await data(h.fake.dispatchAutocomplete('ask', [str('question', '', true)]));
    const choices = suggestions.choices as Json[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices.slice(0, 5)) {
      const byValue = await data(h.fake.dispatchCommand('ask', [str('question', choice.value)]));
      const byName = await data(h.fake.dispatchCommand('ask', [str('question', choice.name)]));
      expect(byValue.embeds[0].color, choice.name).toBe(byName.embeds[0].color);
      expect(byName.embeds[0].title, choice.name).toBe(byValue.embeds[0].title);
    }
  });

  test('every Related button of every fact opens a fact', async () => {
    const ids = new Set(engine.kb.facts.flatMap((f) => (engine.fact(f.id, now) as Answer).related.map((r) => r.id)));
    for (const id of ids) expect(engine.fact(id, now), id).not.toBeNull();
    const first = engine.kb.facts.find((f) => (engine.fact(f.id, now) as Answer).related.length > 0);
    expect(first).toBeDefined();
    const reply = h.fake.dispatchCommand('ask', [str('question', `fact:${first?.id}`)]);
    await data(reply);
    const button = (reply.original?.components as Json[]).flatMap((r) => r.components).find((c: Json) => c.custom_id?.startsWith('fact:'));
    const opened = await data(h.fake.clickButton(button.custom_id, reply.original as Json));
    expect(opened.embeds[0].title).toBeTruthy();
  });

  test('Discord accepted every reply', () => {
    expect(h.fake.callbacks.filter((c) => c.status >= 300)).toEqual([]);
  });
});
