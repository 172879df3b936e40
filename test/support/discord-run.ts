import { EventEmitter } from 'node:events';
import { runDiscordFromEnv } from '../../src/discord/run-from-env.js';
import { createLogger } from '../../src/discord/logger.js';
import { catchReloadSignal } from '../../src/process/reload-signal.js';
import type { FakeDiscord } from './fake-discord.js';
import { eventually } from './wait.js';

type Json = Record<string, any>;

/**
 * `npm start` in Discord mode, in this process: the same code path as the built program from the
 * environment on, with signals sent through an emitter and stderr and the log captured. Tests of
 * exits, signals, health and registration run here; only a few smoke tests spawn the real program.
 */
export interface DiscordRun {
  /** Resolves with the exit code `npm start` would exit with. */
  exited: Promise<number>;
  signal(name: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): void;
  logs: Json[];
  /** Every log line as written, for "the token never appears" checks. */
  raw: string[];
  stderr(): string;
  /** The first log line matching, once written. */
  logLine(match: (line: Json) => boolean, what: string, timeoutMs?: number): Promise<Json>;
}

export function discordEnv(fake: FakeDiscord, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, ...extra };
}

export function runDiscordInProcess(env: NodeJS.ProcessEnv, knowledgeDir?: string, stopGraceMs?: number): DiscordRun {
  const signals = new EventEmitter();
  // As main does before anything else: SIGHUP is caught from the first moment of start-up.
  const reloadSignal = catchReloadSignal(signals);
  const logs: Json[] = [];
  const raw: string[] = [];
  let stderr = '';
  const logger = createLogger('info', {
    write(line: string) {
      raw.push(line);
      logs.push(JSON.parse(line) as Json);
    },
  });
  const exited = runDiscordFromEnv(env, { stderr: { write: (text: string) => (stderr += text) }, signals, reloadSignal, logger, ...(stopGraceMs === undefined ? {} : { stopGraceMs }) }, knowledgeDir);
  return {
    exited,
    signal: (name) => signals.emit(name, name),
    logs,
    raw,
    stderr: () => stderr,
    logLine: (match, what, timeoutMs = 10_000) => eventually(() => logs.find(match), what, timeoutMs),
  };
}
