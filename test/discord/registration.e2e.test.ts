import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { commandDefinitions } from '../../src/discord/registry.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { copyKnowledge, type KnowledgeCopy } from '../reliability/support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from '../reliability/support/knowledge.js';
import { dispatchAsAdmin, str } from '../reliability/support/live-harness.js';
import { discordEnv, runDiscordInProcess, type DiscordRun } from '../support/discord-run.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * Registration as `npm start` does it, against the local Discord (which answers like Discord, with
 * ids and defaults filled in): commands are PUT only when Discord's differ from ours, with one log
 * line either way, and again after a /reload that changed them.
 */
type Json = Record<string, any>;

let fake: FakeDiscord;
let copy: KnowledgeCopy;
let run: DiscordRun | undefined;

const puts = (): number => fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands')).length;

async function start(): Promise<DiscordRun> {
  run = runDiscordInProcess(discordEnv(fake), copy.dir);
  const died = run.exited.then((code) => Promise.reject(new Error(`the bot exited (${code}): ${run?.stderr()}`)));
  await Promise.race([run.logLine((l) => String(l.msg).startsWith('slash commands'), 'the registration log line', 20_000), died]);
  return run;
}

async function stop(): Promise<void> {
  run?.signal('SIGTERM');
  await run?.exited;
  run = undefined;
}

/** Agencies enough to pass Discord's 25 fixed choices, in a file of their own. */
function extraAgencies(count: number): string {
  const entries = Array.from({ length: count }, (_, i) =>
    [
      `  - id: test-office-${i + 1}`,
      `    name: Test Office Number ${i + 1}`,
      '    kind: office',
      `    aliases: [TO${i + 1}]`,
      '    role: An office added by a test to push the agency list past what fixed choices can hold.',
      '    sources:',
      '      - {id: S0, locator: "§2"}',
      '    confidence: secondary',
    ].join('\n'),
  );
  return `agencies:\n${entries.join('\n')}\n`;
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
});
afterEach(stop);
afterAll(async () => {
  await fake?.close();
  copy?.remove();
});

describe('on start', () => {
  test('a server without our commands gets them in one PUT, logged with what was added', async () => {
    const { logs } = await start();
    expect(puts()).toBe(1);
    const names = commandDefinitions(createEngine(loadKnowledge(copy.dir))).map((c) => c.name);
    expect(fake.commands.guild.map((c) => c.name)).toEqual(names);
    expect(logs.find((l) => l.msg === 'slash commands registered')).toMatchObject({ guild: fake.guildId, commands: names.length, added: names, changed: [], removed: [] });
  });

  test('the next start finds them unchanged and does not PUT', async () => {
    const before = puts();
    const { logs } = await start();
    expect(puts()).toBe(before);
    expect(logs.filter((l) => String(l.msg).startsWith('slash commands'))).toEqual([
      expect.objectContaining({ msg: 'slash commands already match Discord; nothing registered', commands: fake.commands.guild.length }),
    ]);
  });

  test('a command changed or added on Discord’s side is put back, and the stray one removed', async () => {
    const help = fake.commands.guild.find((c) => c.name === 'help') as Json;
    help.description = 'Edited by someone else';
    fake.commands.guild.push({ ...help, id: '1', name: 'vote' });
    const before = puts();
    const { logs } = await start();
    expect(puts()).toBe(before + 1);
    expect(logs.find((l) => l.msg === 'slash commands registered')).toMatchObject({ added: [], changed: ['help'], removed: ['vote'] });
    expect(fake.commands.guild.map((c) => c.name)).not.toContain('vote');
  });
});

describe('after /reload', () => {
  test('agencies past Discord’s 25 choices are re-registered as autocomplete, and each is reachable', async () => {
    await start();
    const agenciesBefore = fake.commands.guild.find((c) => c.name === 'agencies') as Json;
    expect(agenciesBefore.options[0].choices.length).toBeLessThanOrEqual(25);
    const count = 26 - agenciesBefore.options[0].choices.length + 2;
    copy.write('test-offices.yaml', extraAgencies(count));

    const before = puts();
    const reply = await fake.deferredReply(dispatchAsAdmin(fake, 'reload'));
    expect((reply.embeds as Json[])[0]?.title).toBe('Knowledge reloaded');
    const line = await (run as DiscordRun).logLine((l) => l.msg === 'slash commands registered', 'the re-registration');
    expect(line).toMatchObject({ changed: ['agencies'], added: [], removed: [] });
    expect(puts()).toBe(before + 1);

    const agencies = fake.commands.guild.find((c) => c.name === 'agencies') as Json;
    expect(agencies.options[0]).toMatchObject({ autocomplete: true });
    expect(agencies.options[0].choices).toBeUndefined();
    const last = `Test Office Number ${count}`;
    const suggested = await fake.response(fake.dispatchAutocomplete('agencies', [str('agency', 'Number', true)]));
    expect((suggested.data.choices as Json[]).map((c) => c.name)).toContain(last);
    const answered = await fake.response(fake.dispatchCommand('agencies', [str('agency', `test-office-${count}`)]));
    expect((answered.data as Json).embeds[0].title).toContain(last);
  });

  test('a reload that changes nothing registers nothing', async () => {
    await start();
    const before = puts();
    await fake.deferredReply(dispatchAsAdmin(fake, 'reload'));
    await eventually(
      () => (run as DiscordRun).logs.filter((l) => String(l.msg).startsWith('slash commands')).length === 2 || undefined,
      'the sync after the reload',
      10_000,
    );
    expect((run as DiscordRun).logs.filter((l) => String(l.msg).startsWith('slash commands')).at(-1)?.msg).toBe('slash commands already match Discord; nothing registered');
    expect(puts()).toBe(before);
  });
});
