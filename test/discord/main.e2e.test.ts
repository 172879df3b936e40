import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COMMANDS } from '../../src/discord/registry.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * The scripts as a user runs them (`npm start`, `npm run deploy-commands`), against the local
 * Discord; `npm start` also with a SIGHUP early in its start-up, sent as the README says.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
// A cwd without a .env, so only the variables given here count.
const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-main-'));
let fake: FakeDiscord;

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

function discordEnv(): Record<string, string> {
  return { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl };
}

/** Async on purpose: the fake server lives in this process and must keep answering meanwhile. */
function run(script: string, args: string[], extra: Record<string, string>, input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [join(root, script), ...args], { cwd, env: env(extra) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

test('npm start with a token connects, registers to the guild, answers, takes an early SIGHUP sent to its PID_FILE as a reload, and exits 0 on SIGTERM', async () => {
  // Through the tsx wrapper, as npm runs it: a SIGHUP must go to the bot named in PID_FILE, not to the wrapper.
  const pidFile = join(cwd, 'bot.pid');
  const child = spawn(tsx, [join(root, 'src/main.ts')], { cwd, env: env({ ...discordEnv(), DISCORD_GUILD_ID: fake.guildId, PID_FILE: pidFile }) });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = (): Record<string, unknown>[] => output.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
  try {
    // The PID file is written before knowledge/ is read: a SIGHUP now lands early in start-up.
    const pid = await eventually(() => (existsSync(pidFile) && /^\d+\n$/.test(readFileSync(pidFile, 'utf8')) ? Number(readFileSync(pidFile, 'utf8')) : undefined), 'the PID file', 20_000);
    expect(pid).not.toBe(child.pid);
    expect(fake.connections).toBe(0);
    process.kill(pid, 'SIGHUP');

    const died = exited.then((code) => Promise.reject(new Error(`npm start exited early (${code}):\n${output}`)));
    await Promise.race([fake.waitFor(() => fake.commands.guild.length === COMMANDS.length, 20_000, 'the guild registration'), died]);
    const help = fake.dispatchCommand('help');
    expect((await fake.response(help)).status).toBe(204);
    await eventually(() => (output.includes(help.id) ? true : undefined), 'the interaction log line', 5000);
    // The SIGHUP that came during start-up is answered by one reload once the bot runs.
    expect(await eventually(() => lines().find((l) => l.msg === 'knowledge reloaded'), 'the early reload', 20_000)).toMatchObject({ requests: 1 });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(existsSync(pidFile)).toBe(false);
  expect(output).not.toContain(fake.token);
  expect(lines().find((l) => l.interactionId !== undefined)).toMatchObject({ command: 'help', outcome: 'answered' });
  expect(lines().at(-1)).toMatchObject({ msg: 'shutting down', signal: 'SIGTERM' });
});

test('a token Discord rejects gives one clear line and exit 1, without the token', async () => {
  const rejected = await run('src/main.ts', [], { ...discordEnv(), DISCORD_TOKEN: 'not.the.right-token' });
  expect(rejected.status).toBe(1);
  expect(rejected.stderr.trim()).toBe('Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.');
  expect(`${rejected.stdout}${rejected.stderr}`).not.toContain('not.the.right-token');
});

test('npm start without a token opens the local console', async () => {
  const console = await run('src/main.ts', [], {}, '/help\n');
  expect(console.status).toBe(0);
  expect(console.stdout).toContain('DISCORD_TOKEN');
});

test('deploy-commands registers to the guild, or globally with --global', async () => {
  const deploy = (args: string[], extra: Record<string, string>) => run('src/discord/deploy-commands.ts', args, { ...discordEnv(), ...extra });

  const guild = await deploy([], { DISCORD_GUILD_ID: fake.guildId });
  expect(guild.stdout.trim()).toBe(`Registered ${COMMANDS.length} slash commands to server ${fake.guildId}.`);
  expect(guild.status).toBe(0);

  const global = await deploy(['--global'], {});
  expect(global.status).toBe(0);
  expect(fake.commands.global.map((c) => c.name)).toContain('ask');

  const missing = await deploy([], {});
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/DISCORD_GUILD_ID is not set.*--global/);
  expect(`${guild.stdout}${guild.stderr}${global.stdout}${missing.stderr}`).not.toContain(fake.token);
});
