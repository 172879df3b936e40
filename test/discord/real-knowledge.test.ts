import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../src/discord/registry.js';
import { renderAnswer } from '../../src/discord/render.js';
import type { Answer } from '../../src/engine/answer.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { createEngine } from '../../src/engine/engine.js';
import { formatDate, noonUtcSeconds } from '../../src/knowledge/dates.js';
import { plainText, truncate } from '../../src/discord/text.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { isResearchNote, isShown } from '../../src/knowledge/source-rank.js';
import { restsOnSubject } from '../../src/engine/cite.js';
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

  test('/deadline shows the end of the negotiation window as a text date with a Discord countdown', async () => {
    const end = engine.kb.eventById.get('negotiation-window-end')?.date as string;
    const reply = await data(h.fake.dispatchCommand('deadline'));
    expect(reply.embeds[0].description).toContain(`${formatDate(end)} (<t:${noonUtcSeconds(end)}:R>)`);
  });

  /** Clicks Next until it is disabled, collecting the list fields of every page (the sources field aside). */
  async function everyPage(name: string, options: Json[] = []): Promise<{ names: string[]; pages: number }> {
    const first = h.fake.dispatchCommand(name, options as never);
    let reply = await data(first);
    let message = first.original as Json;
    const names: string[] = [];
    let pages = 1;
    for (;;) {
      names.push(...(reply.embeds[0].fields as Json[]).filter((f) => f.name !== 'Source' && f.name !== 'Sources').map((f) => f.name));
      const next = (reply.components as Json[]).flatMap((r) => r.components).find((c: Json) => c.label === 'Next ▶');
      if (!next || next.disabled) break;
      const click = h.fake.clickButton(next.custom_id, message);
      const callback = await h.answer(click);
      expect(callback.type).toBe(7);
      reply = callback.data;
      message = click.original as Json;
      pages += 1;
    }
    return { names, pages };
  }

  test.each([
    ['sources', () => engine.sources(now)],
    ['timeline', () => engine.timeline(now)],
    ['minerals', () => engine.minerals(undefined, now)],
  ] as const)('/%s reaches every entry through the pager, end to end', async (name, answer) => {
    const expected = answer().fields.map((f) => truncate(plainText(f.name), 256));
    const { names, pages } = await everyPage(name);
    expect(names).toEqual(expected);
    if (name !== 'minerals') expect(pages).toBeGreaterThan(1);
  });

  test('a page button from before a restart or a reload still opens its page, or the last one', async () => {
    const reply = await data(h.fake.dispatchCommand('sources'));
    const old = h.fake.messageWith(reply.components as Json[]);
    const stale = h.fake.messageWith([{ type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: 'page:timeline:999' }] }]);
    expect((await h.answer(h.fake.clickButton('page:sources:1', old))).type).toBe(7);
    const last = await h.answer(h.fake.clickButton('page:timeline:999', stale));
    expect((last.data as Json).embeds[0].footer.text).toMatch(/^Page (\d+) of \1$/);
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

describe('what every answer cites, as a reader sees it', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const ID = /\bS\d{1,2}\b/;

  /** Everything a reader can read in a reply: texts, labels and menu entries, not urls or custom ids. */
  function readable(payload: ReturnType<typeof renderAnswer>): string {
    const parts: string[] = [payload.content ?? ''];
    for (const e of payload.embeds) parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value.replace(/https?:\/\/\S+/g, '')]));
    for (const row of payload.components) for (const c of row.components) parts.push('label' in c ? (c.label ?? '') : '', ...('options' in c ? c.options.map((o) => o.label) : []));
    return parts.join('\n');
  }

  /** Every page of a reply, so a long list is checked whole. */
  function pagesOf(answer: Answer): ReturnType<typeof renderAnswer>[] {
    const out = [renderAnswer(answer, { page: 0, pageId: (p) => `page:x:${p}` })];
    const footer = out[0]?.embeds[0]?.footer?.text ?? '';
    const total = Number(/of (\d+)$/.exec(footer)?.[1] ?? 1);
    for (let page = 1; page < total; page++) out.push(renderAnswer(answer, { page, pageId: (p) => `page:x:${p}` }));
    return out;
  }

  test('no research note and no source id anywhere a reader looks; at most three sources, strongest first', () => {
    const { kb } = engine;
    const notes = kb.sources.filter(isResearchNote).flatMap((s) => [s.title, s.name ?? s.publisher]);
    expect(notes.length).toBeGreaterThan(0);
    for (const [label, answer] of everyAnswer(now)) {
      expect(answer.sources.length, label).toBeLessThanOrEqual(3);
      const ranks = answer.sources.map((s) => s.authority);
      expect(ranks, label).toEqual([...ranks].sort((a, b) => a - b));
      for (const source of answer.sources) expect(isShown(kb.sourceById.get(source.id)), `${label}: ${source.id}`).toBe(true);
      for (const payload of pagesOf(answer)) {
        const text = readable(payload);
        expect(text, label).not.toMatch(ID);
        for (const note of notes) expect(text, label).not.toContain(note);
        expect(text, label).not.toMatch(/\.json\b|\b(?:evt|src)-[a-z]/);
      }
    }
  });

  test('an answer that rests on the proclamation links its official document', () => {
    const { kb } = engine;
    const subject = kb.sources.find((s) => s.subject === true);
    expect(subject?.url).toBeDefined();
    const resting = [
      ...kb.facts.filter((f) => restsOnSubject(kb, f.sources)).map((f): [string, Answer] => [`fact ${f.id}`, engine.fact(f.id, now) as Answer]),
      ...kb.minerals.filter((m) => restsOnSubject(kb, m.sources)).map((m): [string, Answer] => [`mineral ${m.id}`, engine.minerals(m.id, now)]),
      ...kb.agencies.filter((a) => restsOnSubject(kb, a.sources)).map((a): [string, Answer] => [`agency ${a.id}`, engine.agencies(a.id, now)]),
      ...kb.glossary.filter((g) => restsOnSubject(kb, g.sources)).map((g): [string, Answer] => [`term ${g.id}`, engine.glossary(g.id, now)]),
    ];
    expect(resting.length).toBeGreaterThan(20);
    for (const [label, answer] of resting) {
      const links = renderAnswer(answer).components.flatMap((r) => r.components).flatMap((c) => ('url' in c && c.url ? [c.url] : []));
      expect(links, label).toContain(subject?.url);
    }
  });

  test('a claim the index located in the official text says so', () => {
    const legal = engine.fact('legal-basis', now) as Answer;
    expect(legal.sources[0]).toMatchObject({ id: 'S2', locator: expect.stringMatching(/^clause \(1\), located via /) });
    expect(renderAnswer(legal).embeds[0]?.fields?.at(-1)?.value).toMatch(/^Federal Register: Proclamation 11001 — clause \(1\), located via /);
  });
});
