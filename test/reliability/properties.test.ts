import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { runAsk } from '../../src/cli/run-ask.js';
import { findCommand } from '../../src/commands/catalog.js';
import { PoliteRefusal } from '../../src/commands/refusal.js';
import { answerCall, answerPage, readCall, suggestFor, type CommandResult } from '../../src/discord/command.js';
import type { BotContext } from '../../src/discord/context.js';
import { FACT_MENU_ID } from '../../src/discord/custom-ids.js';
import { handleFactButton, handleFactMenu } from '../../src/discord/fact-links.js';
import { createLogger } from '../../src/discord/logger.js';
import { renderNotice, type ReplyPayload } from '../../src/discord/render.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { discordErrors } from '../support/discord-payload.js';
import { propertyRuns } from '../support/property-runs.js';
import { validateChoices } from '../support/discord-validation.js';
import { autocompleteStub, commandStub } from './support/interaction-stub.js';
import { SHIPPED_KNOWLEDGE } from './support/knowledge.js';
import { unsafeParts } from './support/payload-safety.js';

/**
 * Whatever a user types, into any option of any command: the engine does not throw, Discord would
 * accept the reply, and nothing typed comes back as a ping, a link or live formatting. Seeded, so a
 * failure printed by fast-check replays with the same seed and path.
 */
const RUNS = { seed: 0x232, numRuns: propertyRuns(250) };
const NOW = new Date('2026-03-01T15:00:00Z');
const MENTION = '323456789012345678';
/** Choice names show as plain text, but a user may paste one into a message of their own. */
const LIVE_PING = /@(everyone|here)|<(@[!&]?|#)\d/i;

const HOSTILE = [
  '@everyone', '@here', '@EveryOne', '@@here', '<@&123456789012345678>', '<@123456789012345678>', '<@!123456789012345678>',
  '<#123456789012345678>', '[x](https://evil.example)', '[https://good.example](https://evil.example/login)', '](', '[', ']',
  '```', '```js\nalert(1)\n```', '`', '**', '__', '~~', '||', '*', '_', '# ', '## ', '\\', '\n', '\r\n', '\t', '\u0000',
  '\u0007', '\u001b[31m', '\u200b', '\u202e', '\ufeff', '🙂', '👩‍👩‍👧', '\ud83d', '<:x:123456789012345678>', '<a:',
  'https://evil.example/a_b*c', 'http://x.y/)', 'fact:', 'fact:negotiation-window-end', 'fact:../../etc', 'when does the window end',
  'copper', 'lithium', 'USTR', 'PCMDP', 'section 232', '180 days', ' ', '<t:0:R>', '<t:1767225600>', '</reload:1>',
  '</ask question:123456789012345678>', '<a:party:123456789012345678>', '<id:customize>', 'https://evil.example/login',
  '<https://evil.example>', 'discord.gg/evil', '\u2066', '\u200f', '\u0085', '\u009b31m', '\u0008',
];

/** Hostile tokens glued to short random text, any Unicode up to 300, rare long strings up to 10,000. */
const typed = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })), { maxLength: 30 }).map((p) => p.join('')) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 300, maxLength: 10_000 }) },
);

/** The console and the CLI spend more per run (a whole session each), so they get fewer. */
const TERMINAL_RUNS = { seed: 0x232, numRuns: 300 };
/** What a terminal acts on or reorders by: C0 controls but tab and newline, DEL, C1, bidi controls and marks. */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let engine: Engine;
let context: BotContext;

beforeAll(() => {
  engine = createEngine(loadKnowledge(SHIPPED_KNOWLEDGE));
  context = { engine: () => engine, now: () => NOW, logger: createLogger('silent') };
});

/** Everything one stream received, as text. */
function collected(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

/** The reply a user would get: the command's, or the private note for a polite refusal. */
async function replyOf(run: () => CommandResult | Promise<CommandResult>): Promise<{ payload: ReplyPayload; refused: boolean }> {
  try {
    const result = await run();
    return { payload: result.reply, refused: false };
  } catch (err) {
    if (err instanceof PoliteRefusal) return { payload: renderNotice(err.message), refused: true };
    throw err;
  }
}

function expectSafe(payload: ReplyPayload, mention?: string): void {
  expect(discordErrors(payload)).toEqual([]);
  expect(unsafeParts(payload, mention)).toEqual([]);
}

function command(name: string) {
  const found = findCommand(name);
  if (!found) throw new Error(`no command /${name}`);
  return found;
}

describe('the safety check itself', () => {
  const notice = (content: string): ReplyPayload => ({ ...renderNotice('x'), content });
  test.each([
    ['@everyone look', 'live mention'],
    ['hi <@&123456789012345678>', 'live mention'],
    ['[login](https://evil.example)', 'live masked link'],
    ['**loud**', 'live bold/italic'],
    ['<:e:123456789012345678>_quiet_', 'live italic/underline'],
    ['||secret||', 'live spoiler'],
    ['## Title', 'live heading'],
    ['see <t:0:R>', 'live timestamp'],
    ['run </reload:1>', 'live command mention'],
    ['<:e:123456789012345678>', 'live custom emoji'],
    ['safe \u202egnp.exe', 'a control or bidi character'],
    ['bell \u0007', 'a control or bidi character'],
  ])('flags %j', (content, problem) => {
    expect(unsafeParts(notice(content)).join('\n')).toContain(problem);
  });

  test('flags a live link in the Asked line of a public answer, but not in the answer itself', () => {
    const answer = (description: string): ReplyPayload => ({ ...renderNotice('x'), content: undefined, embeds: [{ description }] });
    expect(unsafeParts(answer('**Asked:** see https://evil.example/login\n\nThe answer.')).join('\n')).toContain('a live link in the Asked line');
    expect(unsafeParts(answer('**Asked:** see https:\u200b//evil.example/login\n\nThe answer, from https://www.federalregister.gov/x.'))).toEqual([]);
  });

  test('accepts escaped text, URLs and a chosen mention', () => {
    expect(unsafeParts(notice('\\*\\*not bold\\*\\* \\[x\\](https://a.example/b_c) @\u200beveryone snake_case'))).toEqual([]);
    expect(unsafeParts({ ...notice('<@323456789012345678>'), allowedMentions: { parse: [], users: [MENTION] } }, MENTION)).toEqual([]);
    expect(unsafeParts({ ...notice('ok'), allowedMentions: { parse: [], users: ['1'] } }, MENTION)).toEqual(['allowed_mentions.users is ["1"]']);
  });
});

describe('any text typed by a user', () => {
  test('/ask, private or public, with or without a mention', async () => {
    const ask = command('ask');
    await fc.assert(
      fc.asyncProperty(typed, fc.boolean(), fc.option(fc.constant(MENTION), { nil: undefined }), async (question, isPublic, mention) => {
        const stub = commandStub({ strings: { question }, booleans: { public: isPublic }, mentionUserId: mention });
        const { payload, refused } = await replyOf(() => answerCall(ask, readCall(ask, stub), context));
        expectSafe(payload, refused ? undefined : mention);
      }),
      RUNS,
    );
  });

  test('/minerals, /glossary and /agencies with any name, shared with a mention or not', async () => {
    const options: [string, string][] = [['minerals', 'mineral'], ['glossary', 'term'], ['agencies', 'agency']];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...options), typed, fc.option(fc.constant(MENTION), { nil: undefined }), async ([name, option], value, mention) => {
        const cmd = command(name);
        const { payload, refused } = await replyOf(() => answerCall(cmd, readCall(cmd, commandStub({ strings: { [option]: value }, mentionUserId: mention })), context));
        expectSafe(payload, refused ? undefined : mention);
      }),
      RUNS,
    );
  });

  test('a pager button with any text and page (old messages, edited clients) gets a valid page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('sources', 'timeline', 'minerals'), fc.option(typed, { nil: undefined }), fc.nat(), async (name, text, page) => {
        const { payload } = await replyOf(() => answerPage(command(name), text, page, context));
        expectSafe(payload);
      }),
      RUNS,
    );
  });

  test('autocomplete of every option with any partial text offers at most 25 valid choices', () => {
    const withAutocomplete = ['ask', 'minerals', 'glossary', 'agencies'].map(command).flatMap((c) => c.options.map((o) => [c, o.name] as const));
    fc.assert(
      fc.property(fc.constantFrom(...withAutocomplete), typed, ([cmd, option], partial) => {
        const choices = suggestFor(cmd, autocompleteStub(partial, option), context);
        expect(validateChoices(JSON.parse(JSON.stringify({ choices })))).toEqual([]);
        for (const choice of choices) expect(choice.name).not.toMatch(LIVE_PING);
      }),
      RUNS,
    );
  });

  test('a button or menu with any custom id or value (old messages, edited clients) gets a valid reply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(typed, typed.map((t) => `fact:${t}`)), fc.boolean(), async (value, asMenu) => {
        const { payload } = await replyOf(() => (asMenu ? handleFactMenu(FACT_MENU_ID, [value], context) : handleFactButton(value, context)));
        expectSafe(payload);
      }),
      RUNS,
    );
  });
});

describe('any text typed into the console or the one-shot CLI', () => {
  const line = fc.oneof(typed, typed.map((t) => `/${t}`));

  test('the console prints nothing a terminal would act on, whatever the line or command', async () => {
    await fc.assert(
      fc.asyncProperty(line, async (typedLine) => {
        const output = collected();
        const errors: unknown[] = [];
        await runConsole({ engine, input: Readable.from([`${typedLine}\n`]), output: output.stream, now: () => NOW, isTTY: false, onError: (e) => errors.push(e) });
        expect(errors).toEqual([]);
        expect(output.text()).not.toMatch(TERMINAL_UNSAFE);
      }),
      TERMINAL_RUNS,
    );
  });

  test('npm run ask prints nothing a terminal would act on, as text, as JSON or as a usage error', async () => {
    await fc.assert(
      fc.asyncProperty(typed, fc.constantFrom('text', 'json', 'now'), async (question, mode) => {
        const argv = mode === 'text' ? [question] : mode === 'json' ? ['--json', question] : ['--now', question, 'when?'];
        const stdout = collected();
        const stderr = collected();
        await runAsk({ argv, stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream, clock: () => NOW, openEngine: () => engine, color: false });
        expect(stdout.text()).not.toMatch(TERMINAL_UNSAFE);
        expect(stderr.text()).not.toMatch(TERMINAL_UNSAFE);
        // Escaped, not removed: a script reading the JSON still gets the question as typed.
        if (mode === 'json' && stdout.text() !== '') expect(JSON.parse(stdout.text()).question).toBe(question.trim());
      }),
      TERMINAL_RUNS,
    );
  });
});
