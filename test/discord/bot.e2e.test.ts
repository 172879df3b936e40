import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/commands/catalog.js';
import { noonUtcSeconds } from '../../src/knowledge/dates.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { EXPLODING_QUESTION, FACTS, FACT_SHEET, FR, HUGE_QUESTION, REMOVED_FACT, engineDouble, type DiscordEngineDouble } from '../support/engine-double.js';
import type { CommandOption, InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * The real discord.js client, built by our createBot, against the local Discord-protocol server,
 * with a test double of our Engine. Assertions are on what Discord received: what users would see.
 */
let h: Harness;
let engine: DiscordEngineDouble;
const NOW = new Date('2026-03-01T15:00:00Z');

type Json = Record<string, any>;

const str = (name: string, value: string, focused = false): CommandOption => ({ type: 3, name, value, ...(focused ? { focused } : {}) });

async function reply(record: InteractionRecord): Promise<Json> {
  const callback = await h.answer(record);
  expect(callback.status).toBe(204);
  expect(callback.type).toBe(4);
  return callback.data;
}

async function command(name: string, options: CommandOption[] = []): Promise<{ data: Json; record: InteractionRecord }> {
  const record = h.fake.dispatchCommand(name, options);
  return { data: await reply(record), record };
}

function logFor(record: InteractionRecord): Promise<Json> {
  return eventually(() => h.logs.find((l) => l.msg === 'interaction' && l.interactionId === record.id), `the log line of ${record.kind} ${record.id}`);
}

const buttons = (data: Json): Json[] => (data.components ?? []).flatMap((row: Json) => row.components).filter((c: Json) => c.type === 2);
const menus = (data: Json): Json[] => (data.components ?? []).flatMap((row: Json) => row.components).filter((c: Json) => c.type === 3);
const embed = (data: Json): Json => data.embeds[0];

beforeAll(async () => {
  engine = engineDouble();
  h = await startHarness(engine, { now: () => NOW });
});

afterAll(async () => {
  await h?.stop();
});

describe('startup', () => {
  test('registers every slash command to the guild, with the agencies as fixed choices', () => {
    const names = h.fake.commands.guild.map((c) => c.name);
    expect(names).toEqual(COMMANDS.map((c) => c.name));
    expect(names).toEqual(expect.arrayContaining(['ask', 'deadline', 'minerals', 'agencies', 'timeline', 'glossary', 'sources', 'help']));
    const agencies = h.fake.commands.guild.find((c) => c.name === 'agencies') as Json;
    expect(agencies.options[0].choices.map((c: Json) => c.value)).toEqual(['ustr', 'commerce', 'cbp']);
    const ask = h.fake.commands.guild.find((c) => c.name === 'ask') as Json;
    expect(ask.options.map((o: Json) => [o.name, o.type, o.required ?? false, o.autocomplete ?? false])).toEqual([
      ['question', 3, true, true],
      ['public', 5, false, false],
      ['mention', 6, false, false],
    ]);
  });

  test('every answering command takes public and mention, and mention says it posts and pings only that person', () => {
    const answering = ['ask', 'deadline', 'minerals', 'agencies', 'timeline', 'glossary', 'sources'];
    for (const name of answering) {
      const registered = h.fake.commands.guild.find((c) => c.name === name) as Json;
      const options = (registered.options as Json[]).map((o) => [o.name, o.type]);
      expect(options.slice(-2), name).toEqual([['public', 5], ['mention', 6]]);
      expect((registered.options as Json[]).at(-1)?.description, name).toMatch(/post.*channel.*only them/i);
    }
  });

  test('identifies with the Guilds intent only', () => {
    expect(h.fake.identifies).toBe(1);
    expect(h.bot.client.options.intents.bitfield).toBe(1);
  });
});

describe('/ask', () => {
  test('answers privately with a cited embed, a source link and Related buttons', async () => {
    const { data, record } = await command('ask', [str('question', 'When does the negotiation window end?')]);
    expect(data.flags).toBe(64);
    expect(data).not.toHaveProperty('ephemeral');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(embed(data).title).toBe('When the negotiation window ends');
    expect(embed(data).description).toContain('closes on July 13, 2026');
    expect(embed(data).fields.at(-1)).toEqual({ name: 'Sources', value: expect.stringContaining('Federal Register: Proclamation 11001 — clause (1)') });
    expect(JSON.stringify(data)).not.toMatch(/\bS\d+\b/);
    const [links, related] = data.components as Json[];
    expect(links?.components.map((b: Json) => [b.style, b.url])).toEqual([[5, FR.url], [5, FACT_SHEET.url]]);
    expect(related?.components.map((b: Json) => b.custom_id)).toEqual(['fact:no-tariff-yet', 'fact:six-months-vs-180-days', `fact:${REMOVED_FACT.id}`]);
    expect(engine.calls).toContain(`ask:When does the negotiation window end?@${NOW.toISOString()}`);
    const log = await logFor(record);
    expect(log).toMatchObject({ kind: 'command', command: 'ask', outcome: 'answered' });
    expect(typeof log.latencyMs).toBe('number');
  });

  test('public:true posts for everyone and pings only the user named in mention', async () => {
    const { data } = await command('ask', [str('question', 'deadline?'), { type: 5, name: 'public', value: true }, { type: 6, name: 'mention', value: h.fake.bob.id }]);
    expect(data.flags ?? 0).toBe(0);
    expect(data.content).toBe(`<@${h.fake.bob.id}>`);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [h.fake.bob.id] });
  });

  test('a miss stays private, offers "did you mean" buttons, and clicking one answers it', async () => {
    const question = 'what about tariffs on bananas?';
    const { data, record } = await command('ask', [str('question', question), { type: 5, name: 'public', value: true }]);
    expect(data.flags).toBe(64);
    expect(embed(data).description).toContain('could not find');
    const suggested = buttons(data);
    expect(suggested.map((b) => b.custom_id)).toEqual(FACTS.slice(0, 4).map((f) => `fact:${f.id}`));
    expect(menus(data)[0]?.options.map((o: Json) => o.value)).toEqual(FACTS.slice(4).map((f) => f.id));
    const log = await logFor(record);
    expect(log).toMatchObject({ command: 'ask', outcome: 'miss', unanswered: question });

    const click = h.fake.clickButton('fact:pcmdp-meaning', record.original as Json);
    const answered = await reply(click);
    expect(embed(answered).title).toBe('What PCMDP stands for');
    expect(answered.flags).toBe(64);
    expect(await logFor(click)).toMatchObject({ kind: 'button', command: 'fact:pcmdp-meaning', outcome: 'answered' });

    const choose = h.fake.chooseFromMenu('fact-menu', ['article-summary'], record.original as Json);
    expect(embed(await reply(choose)).title).toBe('What the ICN article reported');
  });

  test('a Related button opens that fact; a button for a removed fact gets a polite private note', async () => {
    const { record } = await command('ask', [str('question', 'window end?')]);
    const related = await reply(h.fake.clickButton('fact:no-tariff-yet', record.original as Json));
    expect(embed(related).title).toBe('Whether a tariff applies now');

    const stale = h.fake.clickButton(`fact:${REMOVED_FACT.id}`, record.original as Json);
    const note = await reply(stale);
    expect(note.flags).toBe(64);
    expect(note.embeds ?? []).toEqual([]);
    expect(note.content).toMatch(/no longer in the knowledge base/);
    expect(await logFor(stale)).toMatchObject({ outcome: 'refused' });
  });

  test('escapes what the user typed and never pings anyone from it', async () => {
    const { data } = await command('ask', [str('question', '@everyone **deadline** <@&123456789012345678>?')]);
    const description = embed(data).description as string;
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('\\*\\*deadline\\*\\*');
    expect(description).not.toMatch(/<@&\d/);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  test('an answer larger than every Discord limit is truncated and accepted', async () => {
    const { data } = await command('ask', [str('question', HUGE_QUESTION)]);
    const e = embed(data);
    expect(e.title.length).toBeLessThanOrEqual(256);
    expect(e.title.endsWith('…')).toBe(true);
    expect(e.description.length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    expect(data.components.length).toBeLessThanOrEqual(5);
    expect(menus(data)[0]?.options).toHaveLength(25);
  });

  test('an empty question gets a polite private hint', async () => {
    const { data, record } = await command('ask', [str('question', '   ')]);
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/Please type a question/);
    expect(await logFor(record)).toMatchObject({ outcome: 'refused' });
  });

  test('an engine failure gets a private apology, is logged as an error, and the bot keeps answering', async () => {
    const { data, record } = await command('ask', [str('question', EXPLODING_QUESTION)]);
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/Sorry, something went wrong/);
    expect(await logFor(record)).toMatchObject({ outcome: 'error' });
    expect(h.logs.some((l) => l.msg === 'interaction failed' && l.level === 50 && (l.err as Json).message === 'engine bug')).toBe(true);
    const { data: next } = await command('help');
    expect(embed(next).title).toBe('Help');
  });
});

describe('sharing', () => {
  const cases: [string, CommandOption[]][] = [
    ['ask', [str('question', 'when does the window end?')]],
    ['deadline', []],
    ['minerals', [str('mineral', 'copper')]],
    ['agencies', []],
    ['timeline', []],
    ['glossary', [str('term', 'PCMDP')]],
    ['sources', []],
  ];
  test.each(cases)('/%s with mention (and without public) is posted for the channel and pings exactly that user', async (name, options) => {
    const { data } = await command(name, [...options, { type: 6, name: 'mention', value: h.fake.bob.id }]);
    expect(data.flags ?? 0).toBe(0);
    expect(data.content).toBe(`<@${h.fake.bob.id}>`);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [h.fake.bob.id] });
  });

  test('a miss named for someone stays private, pings nobody and says why', async () => {
    const { data } = await command('ask', [str('question', 'bananas?'), { type: 6, name: 'mention', value: h.fake.bob.id }]);
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toMatch(/nothing was posted/);
  });
});

describe('autocomplete', () => {
  test('an empty field offers at most 25 useful questions within Discord limits', async () => {
    const callback = await h.answer(h.fake.dispatchAutocomplete('ask', [str('question', '', true)]));
    expect(callback.status).toBe(204);
    expect(callback.type).toBe(8);
    const choices = callback.data.choices as Json[];
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  test('long suggestions are cut to 100 characters', async () => {
    const callback = await h.answer(h.fake.dispatchAutocomplete('ask', [str('question', 'very long', true)]));
    const choice = (callback.data.choices as Json[])[0] as Json;
    expect(choice.name.length).toBe(100);
    expect(choice.name.endsWith('…')).toBe(true);
    expect(choice.value.length).toBeLessThanOrEqual(100);
  });

  test('a picked suggestion (value fact:<id>) or its name typed out both open the fact', async () => {
    const callback = await h.answer(h.fake.dispatchAutocomplete('ask', [str('question', 'window', true)]));
    const choice = (callback.data.choices as Json[])[0] as Json;
    expect(choice).toEqual({ name: 'When the negotiation window ends?', value: 'fact:window-end-date' });

    const byValue = await command('ask', [str('question', choice.value)]);
    expect(embed(byValue.data).title).toBe('When the negotiation window ends');
    const before = engine.calls.length;
    const byName = await command('ask', [str('question', choice.name)]);
    expect(embed(byName.data).title).toBe('When the negotiation window ends');
    expect(engine.calls.slice(before)).toContain(`fact:window-end-date@${NOW.toISOString()}`);
  });

  test('a suggestion whose fact was removed since it was offered gets a polite private note', async () => {
    const { data, record } = await command('ask', [str('question', `fact:${REMOVED_FACT.id}`)]);
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/suggestion is out of date/);
    expect(await logFor(record)).toMatchObject({ outcome: 'refused' });
  });

  test('minerals and glossary terms are suggested', async () => {
    const minerals = await h.answer(h.fake.dispatchAutocomplete('minerals', [str('mineral', 'cop', true)]));
    expect(minerals.data.choices).toEqual([{ name: 'Copper (Cu)', value: 'copper' }]);
    const terms = await h.answer(h.fake.dispatchAutocomplete('glossary', [str('term', '', true)]));
    expect(terms.data.choices).toEqual([{ name: 'PCMDP', value: 'PCMDP' }]);
  });
});

describe('other commands', () => {
  test('/deadline shows the date as text, counted by a Discord timestamp, and what happens then', async () => {
    const { data } = await command('deadline');
    const seconds = noonUtcSeconds('2026-07-13');
    expect(embed(data).description).toContain(`July 13, 2026 (<t:${seconds}:R>)`);
    expect(embed(data).description).not.toContain(':D>');
    expect(embed(data).description).toContain('If no agreement is reached');
    expect(data.flags).toBe(64);
  });

  test('/minerals without a name gives the overview, with one gives its status fields', async () => {
    expect(embed((await command('minerals')).data).title).toBe('Critical minerals');
    const copper = embed((await command('minerals', [str('mineral', 'copper')])).data);
    expect(copper.fields).toEqual([{ name: 'Listed', value: 'yes' }, { name: 'Added in 2025', value: 'yes' }, { name: 'Source', value: 'White House fact sheet (mirror at pubt.io) — 4th bullet' }]);
  });

  test('/minerals with an unknown name is a logged miss that echoes the name escaped', async () => {
    const { data, record } = await command('minerals', [str('mineral', '__unobtainium__')]);
    expect(embed(data).title).toContain('\\_\\_unobtainium\\_\\_');
    expect(await logFor(record)).toMatchObject({ outcome: 'miss', unanswered: '/minerals __unobtainium__' });
  });

  test('/agencies passes the chosen agency id', async () => {
    await command('agencies', [str('agency', 'ustr')]);
    expect(engine.calls).toContain('agencies:ustr');
  });

  test('/timeline, /glossary, /sources and /help each answer', async () => {
    const timeline = embed((await command('timeline')).data);
    expect(timeline.description).toContain(`January 14, 2026 (<t:${noonUtcSeconds('2026-01-14')}:R>)`);
    expect(embed((await command('glossary', [str('term', 'PCMDP')])).data).title).toBe('PCMDP');
    const sources = embed((await command('sources')).data);
    expect(sources.fields[0].value).toContain(FR.url);
    expect(embed((await command('help')).data).title).toBe('Help');
  });

  test('an unknown command and an unknown button get polite private replies', async () => {
    const { data } = await command('retired-command');
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(/no longer know the command \/retired-command/);
    const old = h.fake.messageWith([{ type: 1, components: [{ type: 2, style: 1, label: 'Vote', custom_id: 'vote:yes' }] }]);
    const note = await reply(h.fake.clickButton('vote:yes', old));
    expect(note.content).toMatch(/older version of the bot/);
  });
});

describe('across the session', () => {
  test('Discord accepted every reply, and the token never reached the logs', () => {
    expect(h.fake.callbacks.length).toBeGreaterThan(20);
    expect(h.fake.callbacks.filter((c) => c.status >= 300)).toEqual([]);
    expect(h.rawLogs.join('')).not.toContain(h.fake.token);
  });

  test('writes exactly one interaction log line per interaction', async () => {
    await eventually(() => (h.logs.filter((l) => l.msg === 'interaction').length === h.fake.interactions.size ? true : undefined), 'one line each');
  });
});
