import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import { runDiscordInProcess } from '../support/discord-run.js';

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

  test('HEALTH_PORT turns on the health server, on loopback unless HEALTH_HOST says otherwise', () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID };
    expect(parseConfig(base).health).toBeUndefined();
    expect(parseConfig({ ...base, HEALTH_PORT: '9464' }).health).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(parseConfig({ ...base, HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ host: '0.0.0.0', port: 9464 });
    expect(problems({ ...base, HEALTH_PORT: '70000' })).toEqual(['Configuration error: HEALTH_PORT is malformed: expected a port number from 0 (any free port) to 65535']);
    expect(problems({ ...base, HEALTH_PORT: 'http' })[0]).toMatch(/^Configuration error: HEALTH_PORT is malformed/);
    expect(problems({ ...base, HEALTH_HOST: '0.0.0.0' })[0]).toMatch(/HEALTH_HOST is set but HEALTH_PORT is not/);
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
  test('a missing DISCORD_CLIENT_ID prints one line naming it, exits 1, and never prints the token', async () => {
    const run = runDiscordInProcess({ DISCORD_TOKEN: TOKEN });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: DISCORD_CLIENT_ID is missing/)]);
    expect(`${run.raw.join('')}${run.stderr()}`).not.toContain(TOKEN);
  });

  test('an empty DISCORD_CLIENT_ID, as .env.example leaves it, reads as missing, not malformed', async () => {
    const run = runDiscordInProcess({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '' });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toMatch(/^Configuration error: DISCORD_CLIENT_ID is missing; set it to the application id/);
  });

  test('a malformed token is reported without its value', async () => {
    const run = runDiscordInProcess({ DISCORD_TOKEN: `${TOKEN} x`, DISCORD_CLIENT_ID: CLIENT_ID });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^Configuration error: DISCORD_TOKEN is malformed/);
    expect(`${run.raw.join('')}${run.stderr()}`).not.toContain(TOKEN);
  });
});
