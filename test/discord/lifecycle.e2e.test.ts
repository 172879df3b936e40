import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { discordEnv, runDiscordInProcess, type DiscordRun } from '../support/discord-run.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';

/**
 * How `npm start` ends in Discord mode: 0 after a requested stop with the gateway closed cleanly,
 * and 1 with one line on stderr saying what to do for every condition it cannot recover from, so
 * a supervisor's restart-on-failure fires and the operator learns why.
 */
let fake: FakeDiscord | undefined;
let run: DiscordRun | undefined;

afterEach(async () => {
  if (run) {
    run.signal('SIGTERM');
    await run.exited;
  }
  await fake?.close();
  run = undefined;
  fake = undefined;
});

async function connected(env: NodeJS.ProcessEnv = {}, knowledgeDir?: string): Promise<{ fake: FakeDiscord; run: DiscordRun }> {
  fake = await startFakeDiscord();
  run = runDiscordInProcess(discordEnv(fake, env as Record<string, string>), knowledgeDir);
  const died = run.exited.then((code) => Promise.reject(new Error(`exited early (${code}): ${run?.stderr()}`)));
  await Promise.race([run.logLine((l) => l.msg === 'connected to Discord', 'the connection'), died]);
  return { fake, run };
}

const stderrLines = (r: DiscordRun): string[] => r.stderr().trimEnd().split('\n');

describe('a requested stop', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`${signal} closes the gateway with 1000 and exits 0, printing nothing on stderr`, async () => {
      const { fake, run } = await connected();
      run.signal(signal);
      expect(await run.exited).toBe(0);
      expect(fake.closeCodes).toEqual([1000]);
      expect(run.stderr()).toBe('');
      expect(run.logs.find((l) => l.msg === 'shutting down')).toMatchObject({ signal });
    });
  }

  test('SIGTERM while still connecting exits 0 too, after a bounded wait for the gateway', async () => {
    fake = await startFakeDiscord();
    fake.holdReady();
    run = runDiscordInProcess(discordEnv(fake), undefined, 300);
    await fake.waitFor(() => fake?.identifies === 1, 10_000, 'the identify');
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toBe('');
    expect(run.logs.at(-1)).toMatchObject({ msg: 'the gateway did not close in time; exiting anyway', waitedMs: 300 });
    run = undefined;
  });
});

describe('conditions it cannot recover from exit 1 with one line on stderr', () => {
  test('the token revoked after ready (gateway close 4004)', async () => {
    const { fake, run } = await connected();
    fake.closeGateway(4004, 'Authentication failed.');
    expect(await run.exited).toBe(1);
    expect(stderrLines(run)).toEqual(['Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.']);
    expect(run.logs.find((l) => l.level === 60)).toMatchObject({ code: 4004 });
  });

  test('disallowed intents (4014)', async () => {
    const { fake, run } = await connected();
    fake.closeGateway(4014, 'Disallowed intent(s).');
    expect(await run.exited).toBe(1);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/^Discord refused the gateway intents .*4014.*Developer Portal/)]);
  });

  test('another close discord.js gives up on (4012, invalid API version)', async () => {
    const { fake, run } = await connected();
    fake.closeGateway(4012, 'Invalid API version.');
    expect(await run.exited).toBe(1);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/4012.*update/)]);
  });

  test('a token Discord refuses at login, without echoing it', async () => {
    fake = await startFakeDiscord();
    run = runDiscordInProcess(discordEnv(fake, { DISCORD_TOKEN: 'not.the.right-token' }));
    expect(await run.exited).toBe(1);
    expect(stderrLines(run)).toEqual(['Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.']);
    expect(`${run.raw.join('')}${run.stderr()}`).not.toContain('not.the.right-token');
    run = undefined;
  });

  test('knowledge that cannot be read at start: the problem, then what to do', async () => {
    fake = await startFakeDiscord();
    run = runDiscordInProcess(discordEnv(fake), '/nonexistent/knowledge');
    expect(await run.exited).toBe(1);
    const lines = stderrLines(run);
    expect(lines[1]).toMatch(/cannot read the knowledge folder \/nonexistent\/knowledge/);
    expect(lines.at(-1)).toMatch(/^Fix the problems above .*npm run knowledge:check/);
    expect(fake.connections).toBe(0);
    run = undefined;
  });

  test('a HEALTH_PORT that is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      fake = await startFakeDiscord();
      run = runDiscordInProcess(discordEnv(fake, { HEALTH_PORT: String(port) }));
      expect(await run.exited).toBe(1);
      expect(stderrLines(run)).toEqual([`The health server could not listen on 127.0.0.1:${port}: the address is already in use; choose another HEALTH_PORT or stop whatever holds it.`]);
      expect(fake.connections).toBe(0);
      run = undefined;
    } finally {
      holder.close();
    }
  });
});
