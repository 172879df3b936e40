import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { startFakeDiscord, type FakeDiscord, type InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from './support/knowledge.js';

/**
 * The bot as a real process: SIGHUP reloads knowledge, and the token never shows up in anything
 * it prints, whatever goes wrong (a handler exception, Discord answering 500, a broken knowledge
 * file, a bad configuration line).
 */
type Json = Record<string, any>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
/**
 * The bot runs as one node process: the tsx wrapper relays only SIGINT and SIGTERM, so a SIGHUP
 * sent to it would end the bot instead of reloading.
 */
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
/** Shaped like a real bot token so any code that recognises tokens treats it as one. */
const TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0NA.Gfake1.reliability-FAKE-token-never-to-be-printed-0';
const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-process-'));

let fake: FakeDiscord;
let copy: KnowledgeCopy;
let child: ChildProcess;
let output = '';
let exited: Promise<number | null>;

const lines = (): Json[] =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Json);

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

async function answered(record: InteractionRecord): Promise<Json> {
  const callback = await fake.response(record);
  expect(callback.status).toBe(204);
  return callback.data;
}

const version = async (): Promise<string> =>
  ((await answered(fake.dispatchCommand('about'))).embeds[0].fields as Json[]).find((f) => f.name === 'Knowledge version')?.value;

async function hangUp(expected: string): Promise<Json> {
  const seen = lines().length;
  child.kill('SIGHUP');
  return eventually(() => lines().slice(seen).find((l) => String(l.msg).startsWith(expected)), `"${expected}" after SIGHUP`, 10_000);
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
  child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'test/reliability/support/run-bot.ts'), copy.dir], {
    cwd,
    env: env({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl }),
  });
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const died = exited.then((code) => Promise.reject(new Error(`the bot exited early (${code}):\n${output}`)));
  await Promise.race([fake.waitFor(() => fake.commands.guild.some((c) => c.name === 'reload'), 20_000, 'the guild registration'), died]);
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  copy?.remove();
  rmSync(cwd, { recursive: true, force: true });
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
    const seen = lines().length;
    const reloads = (): Json[] => lines().slice(seen).filter((l) => String(l.msg).startsWith('knowledge reload'));
    for (let i = 0; i < 50; i += 1) {
      child.kill('SIGHUP');
      // One round trip per signal, so each is taken up before the next instead of merging in the kernel.
      expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();
    }
    const runs = await eventually(() => (reloads().at(-1)?.waiting === 0 ? reloads() : undefined), 'the reloads to settle', 15_000);
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(runs.reduce((n, l) => n + (l.requests as number), 0)).toBe(50);
  });
});

describe('the token', () => {
  test('is never printed, whatever fails, and the bot still exits cleanly', async () => {
    const crash = fake.dispatchCommand('ask', [{ type: 5, name: 'question', value: true }]);
    expect((await answered(crash)).content).toMatch(/Sorry, something went wrong/);

    // discord.js tries each request 4 times by default: the reply, then the apology.
    fake.failNextCallbacks(...Array.from({ length: 8 }, () => ({ status: 500 as const })));
    const lost = fake.dispatchCommand('help');
    await eventually(() => lines().find((l) => l.msg === 'interaction' && l.interactionId === lost.id), 'the failed interaction', 10_000);
    expect(lines().filter((l) => l.msg === 'interaction failed')).toHaveLength(2);
    expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.split('.')[2]);
  });

  test('is not echoed by a bad configuration line', () => {
    const result = spawnSync(tsx, [join(root, 'src/main.ts')], {
      cwd,
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-app', DISCORD_API_URL: `ftp://${TOKEN}@example`, LOG_LEVEL: TOKEN }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_CLIENT_ID/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
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
