import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtEntry, ROOT } from './support/built.js';
import { startFakeDiscord, type FakeDiscord } from './support/fake-discord.js';
import { eventually } from './support/wait.js';

/**
 * Smoke tests of the built program exactly as the README starts it, `npm start`, as real processes:
 * the console without a token, and the bot against the local Discord, stopped the way an operator
 * or a terminal stops it, and reloaded through its PID_FILE as the README says, with a SIGHUP early in
 * its start-up. The rest of start-up and shutdown is tested in-process (test/discord).
 */
type Json = Record<string, any>;

let fake: FakeDiscord;
/** Bot processes started here, killed at the end if a failed test left one running. */
const bots: number[] = [];
/** A project folder without a .env (so a developer's own token is never picked up), sharing the build. */
let project: string;

interface Started {
  child: ChildProcess;
  output: () => string;
  lines: () => Json[];
  exited: Promise<number | null>;
}

function npmStart(env: Record<string, string>, input?: string): Started {
  const child = spawn('npm', ['start'], {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_update_notifier: 'false', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  if (input === undefined) child.stdin?.end();
  else child.stdin?.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = (): Json[] =>
    output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Json);
  return { child, output: () => output, lines, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const botEnv = (): Record<string, string> => ({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: '0' });

async function connectedBot(started: Started = npmStart(botEnv())): Promise<{ started: Started; pid: number; health: string }> {
  const died = started.exited.then((code) => Promise.reject(new Error(`npm start exited early (${code}):\n${started.output()}`)));
  const connected = eventually(() => started.lines().find((l) => l.msg === 'connected to Discord'), 'the bot to connect', 30_000);
  const { pid } = await Promise.race([connected, died]);
  bots.push(pid);
  const health = started.lines().find((l) => l.msg === 'health server listening (/healthz, /metrics)')?.url as string;
  return { started, pid, health };
}

beforeAll(async () => {
  builtEntry('main.js');
  fake = await startFakeDiscord();
  project = mkdtempSync(join(tmpdir(), 'proclamation-bot-start-'));
  copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(ROOT, 'dist'), join(project, 'dist'));
});
afterAll(async () => {
  for (const pid of bots) if (alive(pid)) process.kill(pid, 'SIGKILL');
  await fake?.close();
  rmSync(project, { recursive: true, force: true });
});

test('without a token, npm start opens the console, answers, and exits 0 at the end of input', async () => {
  const started = npmStart({}, 'when is the deadline?\n');
  expect(await started.exited).toBe(0);
  expect(started.output()).toContain('No DISCORD_TOKEN is set');
  expect(started.output()).toContain('July 13, 2026');
});

describe('npm start with a token', () => {
  test('takes a SIGHUP sent to its PID_FILE early in start-up as a reload, connects, answers, reloads on SIGHUP, and SIGTERM to npm stops the bot too (no orphan), exit 0', async () => {
    const pidFile = join(project, 'bot.pid');
    const connections = fake.connections;
    const launched = npmStart({ ...botEnv(), PID_FILE: pidFile });
    // The PID file is written before knowledge/ is read: a SIGHUP now lands early in start-up.
    const early = await eventually(() => (existsSync(pidFile) && /^\d+\n$/.test(readFileSync(pidFile, 'utf8')) ? Number(readFileSync(pidFile, 'utf8')) : undefined), 'the PID file', 20_000);
    bots.push(early);
    expect(fake.connections).toBe(connections);
    process.kill(early, 'SIGHUP');

    const { started, pid, health } = await connectedBot(launched);
    expect(pid).toBe(early);
    expect(pid).not.toBe(started.child.pid);
    const reloads = () => started.lines().filter((l) => l.msg === 'knowledge reloaded');
    // The SIGHUP that came during start-up is answered by one reload once the bot runs.
    expect(await eventually(() => reloads()[0], 'the early reload', 15_000)).toMatchObject({ requests: 1 });
    expect((await fetch(`${health}/healthz`)).status).toBe(200);
    const help = fake.dispatchCommand('help');
    expect((await fake.response(help)).status).toBe(204);

    process.kill(pid, 'SIGHUP');
    await eventually(() => reloads()[1], 'the reload', 15_000);

    const closes = fake.closeCodes.length;
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    await eventually(() => (alive(pid) ? undefined : true), 'the bot process to end', 15_000);
    expect(fake.closeCodes.slice(closes)).toEqual([1000]);
    expect(started.lines().find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
    expect(started.output()).not.toContain(fake.token);
    expect(existsSync(pidFile)).toBe(false);
  });

  test('SIGINT to npm (Ctrl-C) stops the bot as well', async () => {
    const { started, pid } = await connectedBot();
    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);
    await eventually(() => (alive(pid) ? undefined : true), 'the bot process to end', 15_000);
    expect(started.lines().find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'SIGINT' });
  });
});
