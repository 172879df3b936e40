import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { discordEnv, runDiscordInProcess, type DiscordRun } from '../support/discord-run.js';
import { startFakeDiscord, type FakeDiscord, type InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from './support/knowledge.js';

/**
 * `npm start` in Discord mode from the environment on (in this process; the built program's own
 * signals are smoke-tested in test/smoke): SIGHUP reloads knowledge, and the token never shows up
 * in anything it prints, whatever goes wrong (a handler exception, Discord answering 500, a broken
 * knowledge file, a bad configuration line).
 */
type Json = Record<string, any>;

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Shaped like a real bot token so any code that recognises tokens treats it as one. */
const TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0NA.Gfake1.reliability-FAKE-token-never-to-be-printed-0';

let fake: FakeDiscord;
let copy: KnowledgeCopy;
let run: DiscordRun;

async function answered(record: InteractionRecord): Promise<Json> {
  const callback = await fake.response(record);
  expect(callback.status).toBe(204);
  return callback.data;
}

const version = async (): Promise<string> =>
  ((await answered(fake.dispatchCommand('about'))).embeds[0].fields as Json[]).find((f) => f.name === 'Knowledge version')?.value;

async function hangUp(expected: string): Promise<Json> {
  const seen = run.logs.length;
  run.signal('SIGHUP');
  return eventually(() => run.logs.slice(seen).find((l) => String(l.msg).startsWith(expected)), `"${expected}" after SIGHUP`, 10_000);
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
  run = runDiscordInProcess(discordEnv(fake), copy.dir);
  const died = run.exited.then((code) => Promise.reject(new Error(`the bot exited early (${code}): ${run.stderr()}`)));
  await Promise.race([fake.waitFor(() => fake.commands.guild.some((c) => c.name === 'reload'), 20_000, 'the guild registration'), died]);
});

afterAll(async () => {
  run?.signal('SIGTERM');
  await run?.exited;
  await fake?.close();
  copy?.remove();
});

describe('SIGHUP', () => {
  test('with a broken file, keeps serving and logs the located error; once fixed, serves the new knowledge', async () => {
    const before = await version();
    const file = 'sources.yaml';
    const original = copy.read(file);
    const doc = parseDocument(original);
    const first = (doc.get('sources') as YAMLSeq<YAMLMap>).items[0] as YAMLMap;
    const id = String(first.get('id'));
    first.set('kind', 'rumour');
    copy.write(file, doc.toString());

    const failed = await hangUp('knowledge reload failed');
    expect(failed.level).toBe(50);
    expect((failed.problems as string[]).join('\n')).toMatch(new RegExp(`${file}: source "${id}": kind: `));
    expect(await version()).toBe(before);

    copy.write(file, original.replace(/\n*$/, '\n# reviewed again\n'));
    const reloaded = await hangUp('knowledge reloaded');
    expect(reloaded).toMatchObject({ previous: before });
    expect(reloaded.knowledge).not.toBe(before);
    expect(await version()).toBe(reloaded.knowledge);
  });

  test('50 SIGHUPs in about a second cost at most two reloads, and interactions meanwhile are answered', async () => {
    const seen = run.logs.length;
    const reloads = (): Json[] => run.logs.slice(seen).filter((l) => String(l.msg).startsWith('knowledge reload'));
    for (let i = 0; i < 50; i += 1) {
      run.signal('SIGHUP');
      // One round trip per signal: the signals are spread over the reloads they start, not sent at once.
      expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();
    }
    const runs = await eventually(() => (reloads().at(-1)?.waiting === 0 ? reloads() : undefined), 'the reloads to settle', 15_000);
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(runs.reduce((n, l) => n + (l.requests as number), 0)).toBe(50);
  });
});

describe('the token', () => {
  test('is never printed, whatever fails, and the bot still stops cleanly', async () => {
    const crash = fake.dispatchCommand('ask', [{ type: 5, name: 'question', value: true }]);
    expect((await answered(crash)).content).toMatch(/Sorry, something went wrong/);

    // discord.js tries each request 4 times by default: the reply, then the apology.
    fake.failNextCallbacks(...Array.from({ length: 8 }, () => ({ status: 500 as const })));
    const lost = fake.dispatchCommand('help');
    await run.logLine((l) => l.msg === 'interaction' && l.interactionId === lost.id, 'the failed interaction');
    expect(run.logs.filter((l) => l.msg === 'interaction failed')).toHaveLength(2);
    expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();

    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    const printed = `${run.raw.join('')}${run.stderr()}`;
    expect(printed.length).toBeGreaterThan(0);
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(TOKEN.split('.')[2]);
  });

  test('is not echoed by a bad configuration line', async () => {
    const bad = runDiscordInProcess({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-app', DISCORD_API_URL: `ftp://${TOKEN}@example`, LOG_LEVEL: TOKEN });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toMatch(/DISCORD_CLIENT_ID/);
    expect(`${bad.raw.join('')}${bad.stderr()}`).not.toContain(TOKEN);
  });
});

describe('the repository', () => {
  test('.env is git-ignored and .env.example holds no secret', () => {
    const ignored = spawnSync('git', ['check-ignore', '--quiet', '.env'], { cwd: root });
    expect(ignored.status).toBe(0);
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    const values = example
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=') as [string, string]);
    expect(values.map(([key]) => key)).toContain('DISCORD_TOKEN');
    for (const [key, value] of values) {
      if (key === 'LOG_LEVEL') expect(value).toMatch(/^(fatal|error|warn|info|debug|trace|silent)?$/);
      else expect(value, key).toBe('');
    }
    expect(example).not.toMatch(/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/);
  });
});
