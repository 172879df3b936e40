import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * src/main.ts as a process: a SIGHUP in the first moments of start-up must not kill it, and the
 * PID file the README's reload recipe reads names the bot's own process.
 */
type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('../../', import.meta.url));
/** node itself runs main.ts (as the compiled start will), so the signal reaches the bot, not a wrapper. */
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-startup-'));
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
  rmSync(cwd, { recursive: true, force: true });
});

test('a SIGHUP while the bot is still starting is answered by a reload once it runs; the PID file names the bot itself', async () => {
  const pidFile = join(cwd, 'bot.pid');
  const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'src/main.ts')], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, PID_FILE: pidFile },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    // The PID file is written before knowledge/ is read, so this is deep inside start-up.
    await eventually(() => (existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n') ? true : undefined), 'the PID file', 20_000);
    expect(fake.connections).toBe(0);
    expect(readFileSync(pidFile, 'utf8')).toBe(`${child.pid}\n`);
    child.kill('SIGHUP');

    const died = exited.then((code) => Promise.reject(new Error(`the bot exited (${code}) after an early SIGHUP:\n${output}`)));
    await Promise.race([fake.waitFor(() => fake.commands.guild.length > 0, 20_000, 'the guild registration'), died]);
    expect((await fake.response(fake.dispatchCommand('help'))).status).toBe(204);
    const lines = (): Json[] => output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Json);
    const reloaded = await eventually(() => lines().find((l) => l.msg === 'knowledge reloaded'), 'the reload asked for during start-up', 20_000);
    expect(reloaded).toMatchObject({ requests: 1, waiting: 0 });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(existsSync(pidFile)).toBe(false);
});
