import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtEntry } from '../support/built.js';
import { startFakeDiscord, type FakeDiscord, type InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * The bot with its log on a full disk: it keeps answering, counts what it could not log, and every
 * way out (SIGTERM, an uncaught exception) ends the process instead of leaving it hanging.
 */
type Json = Record<string, any>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-log-'));
/** How long any way out may take before the test calls the process hung. */
const EXIT_WITHIN_MS = 10_000;

let fake: FakeDiscord;

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** The built bot as `npm start` runs it (node on dist/main.js, the shipped knowledge), with stdout on `stdoutFd`. */
async function startBot(stdoutFd: number): Promise<Running> {
  const child = spawn(process.execPath, [builtEntry('main.js')], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl },
    stdio: ['ignore', stdoutFd, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const registered = fake.commands.guild.length;
  const died = exited.then((code) => Promise.reject(new Error(`the bot exited early (${code}):\n${stderr}`)));
  fake.commands.guild = [];
  await Promise.race([fake.waitFor(() => fake.commands.guild.length > 0, 20_000, `the guild registration (had ${registered})`), died]);
  return { child, stderr: () => stderr, exited };
}

async function answered(record: InteractionRecord): Promise<Json> {
  const callback = await fake.response(record);
  expect(callback.status).toBe(204);
  return callback.data;
}

const droppedShownByAbout = async (): Promise<number> =>
  Number(((await answered(fake.dispatchCommand('about'))).embeds[0].fields as Json[]).find((f) => f.name === 'Log lines dropped')?.value);

/**
 * /about until it shows more than `least` dropped lines: a line is logged after its reply, and its
 * failed write comes back later still, so the count trails the interactions, by more on a busy
 * machine. Each /about logs one more line, so on a full disk the count must rise; only the time is
 * bounded, not the number of tries.
 */
async function droppedAbove(least: number, withinMs = EXIT_WITHIN_MS): Promise<number> {
  const until = Date.now() + withinMs;
  let shown = await droppedShownByAbout();
  while (shown <= least && Date.now() < until) shown = await droppedShownByAbout();
  return shown;
}

/** A bot a failed test left running is killed, and waited for, so its files can be removed. */
async function stopped(running: Running | undefined): Promise<void> {
  if (running === undefined || running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill('SIGKILL');
  await running.exited;
}

function exitWithin(running: Running, ms: number): Promise<number | null> {
  return Promise.race([
    running.exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running ${ms} ms later:\n${running.stderr()}`)), ms).unref()),
  ]);
}

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe('stdout on /dev/full', () => {
  test('the bot connects, answers and counts the lost log lines; SIGTERM still ends it with 0', async () => {
    const full = openSync('/dev/full', 'w');
    let running: Running | undefined;
    try {
      running = await startBot(full);
      expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();
      expect((await answered(fake.dispatchCommand('ask', [{ type: 3, name: 'question', value: 'when does the negotiation window end?' }]))).embeds[0].title).toBeTruthy();
      // At least the connection, registration, /help and /ask lines were lost.
      expect(await droppedAbove(3)).toBeGreaterThan(3);
      running.child.kill('SIGTERM');
      expect(await exitWithin(running, EXIT_WITHIN_MS)).toBe(0);
    } finally {
      await stopped(running);
      closeSync(full);
    }
  });

  test('an uncaught exception with the log on /dev/full exits 1 within seconds', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'test/log/support/uncaught-with-logger.ts')], { cwd, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
      const running: Running = { child, stderr: () => stderr, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
      try {
        expect(await exitWithin(running, EXIT_WITHIN_MS)).toBe(1);
      } finally {
        await stopped(running);
      }
    } finally {
      closeSync(full);
    }
  });
});

describe('stdout on a tiny file system that fills up', () => {
  let mount: string | undefined;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'proclamation-bot-tmpfs-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0) mount = dir;
    else rmSync(dir, { recursive: true, force: true });
  });

  afterAll(() => {
    if (mount === undefined) return;
    spawnSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  test('the bot keeps answering while the disk is full, and the log says how many lines it lost once there is room', async (context) => {
    if (mount === undefined) return context.skip('mounting a tmpfs needs root');
    const logPath = join(mount, 'bot.log');
    const log = openSync(logPath, 'w');
    let running: Running | undefined;
    try {
      running = await startBot(log);
      const filler = join(mount, 'filler');
      const fd = openSync(filler, 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(1024));
      } catch (err) {
        expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        closeSync(fd);
      }
      // The log file's last page still has room for a page's worth of lines before the disk refuses.
      const first = await droppedAbove(0);
      const { bavail, bsize } = statfsSync(mount);
      expect(first, `nothing dropped: ${statSync(logPath).size} bytes logged, ${bavail * bsize} bytes still free`).toBeGreaterThan(0);
      for (let i = 0; i < 3; i += 1) expect((await answered(fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();
      const dropped = await droppedAbove(first);
      expect(dropped).toBeGreaterThan(first);

      rmSync(filler);
      await answered(fake.dispatchCommand('help'));
      // The write that hit the full disk may have left half a line; the sink starts the next one afresh.
      const lines = (): Json[] =>
        readFileSync(logPath, 'utf8')
          .split('\n')
          .flatMap((l) => {
            try {
              return [JSON.parse(l) as Json];
            } catch {
              return [];
            }
          });
      const gap = await eventually(() => lines().find((l) => l.msg === 'log lines were dropped while the log could not be written'), 'the dropped-lines line', 5000);
      expect(gap).toMatchObject({ level: 40, reason: 'ENOSPC' });
      expect(gap.dropped).toBeGreaterThanOrEqual(dropped);

      running.child.kill('SIGTERM');
      expect(await exitWithin(running, EXIT_WITHIN_MS)).toBe(0);
    } finally {
      await stopped(running);
      closeSync(log);
    }
  });
});
