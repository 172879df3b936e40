import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.js';
import { commandDefinitions } from '../../src/discord/registry.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { copyKnowledge } from '../reliability/support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from '../reliability/support/knowledge.js';
import { runDiscordInProcess } from '../support/discord-run.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';

/**
 * `npm run deploy-commands` and `npm start` when set-up is wrong: each failure gets one line that
 * says what happened and what to do, never the token, and never a misleading "Discord refused"
 * when Discord was not even reached.
 */
let fake: FakeDiscord;
/** A port with nothing listening: connecting there is refused at once. */
let closedPort: number;
const UNRESOLVABLE = 'http://proclamation-bot-setup-test.invalid/api';
const TOKEN_HINT = 'Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.';

async function deploy(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await deployCommands(args, env, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { status, stdout, stderr };
}

const discord = (extra: Record<string, string> = {}): Record<string, string> => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_GUILD_ID: fake.guildId,
  DISCORD_API_URL: fake.apiUrl,
  ...extra,
});

beforeAll(async () => {
  fake = await startFakeDiscord();
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await fake?.close();
});

describe('npm run deploy-commands', () => {
  test('registers to the guild, reports "already match" the second time, and registers globally with --global', async () => {
    const count = commandDefinitions(createEngine(loadKnowledge())).length;
    const first = await deploy([], discord());
    expect(first).toMatchObject({ status: 0, stdout: `Registered ${count} slash commands to server ${fake.guildId}.\n`, stderr: '' });
    const again = await deploy([], discord());
    expect(again).toMatchObject({ status: 0, stdout: `The ${count} slash commands registered to server ${fake.guildId} already match; nothing to do.\n` });
    const global = await deploy(['--global'], discord({ DISCORD_GUILD_ID: '' }));
    expect(global.status).toBe(0);
    expect(global.stdout).toMatch(/^Registered \d+ slash commands globally/);
    expect(fake.commands.global.map((c) => c.name)).toContain('ask');
  });

  test('without DISCORD_GUILD_ID or --global, says which to set', async () => {
    const missing = await deploy([], discord({ DISCORD_GUILD_ID: '' }));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/DISCORD_GUILD_ID is not set.*--global/);
  });

  test('a DNS failure says the name could not be looked up, not that Discord refused', async () => {
    const failed = await deploy([], discord({ DISCORD_API_URL: UNRESOLVABLE }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^Could not register the slash commands to server \d+: the name proclamation-bot-setup-test\.invalid could not be looked up \((ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)\)\. Check the network connection, DNS and DISCORD_API_URL\.\n$/);
    expect(failed.stderr).not.toMatch(/refused/i);
  });

  test('nothing listening says so', async () => {
    const failed = await deploy([], discord({ DISCORD_API_URL: `http://127.0.0.1:${closedPort}/api` }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(`Could not register the slash commands to server ${fake.guildId}: nothing accepts connections at 127.0.0.1:${closedPort} (ECONNREFUSED). Check the network and DISCORD_API_URL.\n`);
  });

  test('a 401 says to reset the token, as npm start does, and never prints it', async () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gx1y2z.a-token-discord-does-not-know';
    const failed = await deploy([], discord({ DISCORD_TOKEN: token }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(`${TOKEN_HINT}\n`);
    expect(`${failed.stdout}${failed.stderr}`).not.toContain(token);
  });

  test('a server the bot is not in (403) says to invite it with the applications.commands scope', async () => {
    const failed = await deploy([], discord({ DISCORD_GUILD_ID: '123456789012345678' }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^Could not register the slash commands to server 123456789012345678: Discord refused access to server 123456789012345678 \(HTTP 403: Missing Access\)\. Invite the bot there with the applications\.commands scope/);
  });

  test('an empty DISCORD_CLIENT_ID, as .env.example leaves it, reads as missing', async () => {
    const failed = await deploy([], discord({ DISCORD_CLIENT_ID: '' }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^Configuration error: DISCORD_CLIENT_ID is missing; set it to the application id/);
  });
});

describe('npm start', () => {
  test('a DNS failure while connecting says so in one line and exits 1', async () => {
    const run = runDiscordInProcess({ ...discord(), DISCORD_API_URL: UNRESOLVABLE });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^Could not connect to Discord: the name proclamation-bot-setup-test\.invalid could not be looked up \([A-Z_]+\)\. Check the network connection, DNS and DISCORD_API_URL\.\n$/);
  });

  test('a knowledge file outside the limits is refused by name before anything connects, and exits 1', async () => {
    const copy = copyKnowledge(SHIPPED_KNOWLEDGE);
    try {
      expect(spawnSync('mkfifo', [join(copy.dir, 'pipe.yaml')]).status).toBe(0);
      const connections = fake.connections;
      const run = runDiscordInProcess(discord(), copy.dir);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toMatch(/pipe\.yaml: is a named pipe \(FIFO\), not a regular file\n/);
      expect(run.stderr()).toMatch(/npm run knowledge:check lists them/);
      expect(fake.connections).toBe(connections);
    } finally {
      copy.remove();
    }
  });

  test('a PID_FILE that cannot be written says so in one line and exits 1', async () => {
    const run = runDiscordInProcess(discord({ PID_FILE: '/nonexistent-folder/bot.pid' }));
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe('Configuration error: PID_FILE /nonexistent-folder/bot.pid cannot be written (ENOENT)\n');
  });
});
