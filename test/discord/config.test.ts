import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gx1y2z.super-secret-token-value';
const CLIENT_ID = '123456789012345678';

function problems(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).lines;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  test('reads a complete configuration and strips a trailing slash from the API URL', () => {
    expect(
      parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api/', LOG_LEVEL: 'warn' }),
    ).toEqual({
      token: TOKEN,
      clientId: CLIENT_ID,
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:9/api',
      logLevel: 'warn',
      logPolicy: { questions: 'unanswered', userIds: false },
    });
  });

  test('optional variables may be unset or empty', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: '', DISCORD_API_URL: ' ' })).toEqual({
      token: TOKEN,
      clientId: CLIENT_ID,
      logLevel: 'info',
      logPolicy: { questions: 'unanswered', userIds: false },
    });
  });

  test('question logging is a choice: off, unanswered (the default) or all, and user ids only when asked for', () => {
    const policy = (extra: Record<string, string>) => parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, ...extra }).logPolicy;
    expect(policy({ LOG_QUESTIONS: 'off' })).toEqual({ questions: 'off', userIds: false });
    expect(policy({ LOG_QUESTIONS: 'all', LOG_USER_IDS: 'on' })).toEqual({ questions: 'all', userIds: true });
    expect(policy({ LOG_USER_IDS: 'off' })).toEqual({ questions: 'unanswered', userIds: false });
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, LOG_QUESTIONS: 'verbatim', LOG_USER_IDS: 'yes' })).toEqual([
      'Configuration error: LOG_QUESTIONS is malformed: expected one of off, unanswered, all',
      'Configuration error: LOG_USER_IDS is malformed: expected on or off',
    ]);
  });

  test('a missing variable gives one line that names it', () => {
    expect(problems({ DISCORD_TOKEN: TOKEN })).toEqual([
      "Configuration error: DISCORD_CLIENT_ID is missing; set it to the application id (Developer Portal → General Information)",
    ]);
    expect(problems({ DISCORD_CLIENT_ID: CLIENT_ID })[0]).toMatch(/^Configuration error: DISCORD_TOKEN is missing/);
  });

  test('malformed values are named, one line each, and their values are never shown', () => {
    const lines = problems({ DISCORD_TOKEN: `${TOKEN} oops`, DISCORD_CLIENT_ID: 'my-bot', DISCORD_GUILD_ID: '12', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL']);
    const all = lines.join('\n');
    for (const secret of [TOKEN, 'my-bot', 'ftp://x', 'loud']) expect(all).not.toContain(secret);
  });
});

describe('logger', () => {
  test('censors tokens, config objects and request details wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ token: TOKEN, config: { token: TOKEN }, client: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'x');
    logger.error({ err: Object.assign(new Error('400'), { url: 'http://x/interactions/1/secret/callback', requestBody: { token: TOKEN } }) }, 'y');
    const out = lines.join('');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain('/secret/');
    expect(out).toContain('[redacted]');
  });
});

describe('npm start with a token', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // A cwd without a .env, so only the variables given here count.
  const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-config-'));

  function start(env: Record<string, string>) {
    const { PATH, HOME } = process.env;
    return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/main.ts')], {
      cwd,
      env: { PATH, HOME, ...env },
      encoding: 'utf8',
      timeout: 30_000,
      input: '',
    });
  }

  test('a missing DISCORD_CLIENT_ID prints one line naming it, exits 1, and never prints the token', () => {
    const run = start({ DISCORD_TOKEN: TOKEN });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: DISCORD_CLIENT_ID is missing/)]);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  });

  test('a malformed token is reported without its value', () => {
    const run = start({ DISCORD_TOKEN: `${TOKEN} x`, DISCORD_CLIENT_ID: CLIENT_ID });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Configuration error: DISCORD_TOKEN is malformed/);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  });
});
