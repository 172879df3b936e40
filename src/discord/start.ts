import type { Logger } from 'pino';
import type { EngineHolder } from '../engine/engine-holder.js';
import { exitOnUncaughtException } from '../log/fatal-exit.js';
import { safeDestination } from '../log/safe-destination.js';
import type { HealthServer } from '../ops/health-server.js';
import type { BotMetrics } from '../ops/metrics.js';
import type { ReloadSignal } from '../process/reload-signal.js';
import { createBot, type Bot } from './bot.js';
import type { DiscordConfig } from './config.js';
import { liveContext } from './context.js';
import { createLogger } from './logger.js';
import { describeDiscordFailure } from './setup-errors.js';

export const EXIT_STOPPED = 0;
export const EXIT_FAILED = 1;

/**
 * How long a requested stop waits for the gateway to close. It takes milliseconds once connected,
 * but discord.js never finishes destroying a shard that is still waiting for READY, so the wait
 * must end on its own (well inside systemd's and compose's 15 s before SIGKILL).
 */
const STOP_GRACE_MS = 5000;

/** The log's last lines get this long to be written; a full disk cannot hold up the exit. */
const LOG_DRAIN_MS = 1000;

export interface DiscordIo {
  /** Gets the one line an operator reads when the bot cannot go on. */
  stderr: { write(text: string): unknown };
  /** Delivers SIGINT, SIGTERM and unhandledRejection: the process itself, or an emitter in tests. */
  signals: NodeJS.EventEmitter;
  /** SIGHUP, caught by main before anything slow (catchReloadSignal), so none sent during start-up is lost. */
  reloadSignal: ReloadSignal;
  /**
   * Defaults to JSON lines on stdout at the configured level, through a sink a full disk cannot
   * stop; the bot then owns the process's log, and an uncaught exception ends the process.
   */
  logger?: Logger;
  /** Defaults to STOP_GRACE_MS. */
  stopGraceMs?: number;
}

/** /healthz and /metrics; prom-client and the HTTP server are loaded only when HEALTH_PORT asks for them. */
async function startHealth(
  health: NonNullable<DiscordConfig['health']>,
  holder: EngineHolder,
  bot: Bot,
): Promise<{ server: HealthServer; metrics: BotMetrics }> {
  const [{ createMetrics }, { startHealthServer }] = await Promise.all([import('../ops/metrics.js'), import('../ops/health-server.js')]);
  const knowledge = () => {
    const { kb } = holder.engine();
    return { version: kb.version.hash, newestSourceDate: kb.version.newestSourceDate, facts: kb.facts.length };
  };
  const metrics = createMetrics({ knowledge, gatewayReady: bot.gatewayReady });
  const server = await startHealthServer({
    ...health,
    metrics,
    status() {
      const gateway = bot.gatewayReady();
      const { version, facts } = knowledge();
      return { ok: gateway && facts > 0, details: { gateway: gateway ? 'ready' : 'not ready', knowledge: version, facts } };
    },
  });
  return { server, metrics };
}

/**
 * Runs the bot until it is asked to stop (SIGINT or SIGTERM: resolves 0 once the gateway is
 * closed) or cannot go on (login refused, gateway closed for good, health port unusable: resolves
 * 1 after one line on stderr saying what to do). SIGHUP reloads knowledge/. The caller exits.
 */
export async function runDiscord(config: DiscordConfig, holder: EngineHolder, io: DiscordIo): Promise<number> {
  const sink = io.logger
    ? undefined
    : safeDestination({
        onRecovered: (dropped, reason) => logger.warn({ dropped, reason }, 'log lines were dropped while the log could not be written'),
      });
  const logger = io.logger ?? createLogger(config.logLevel, sink);
  if (sink) exitOnUncaughtException(logger, sink);
  const flushed = async (code: number): Promise<number> => {
    await sink?.drained(LOG_DRAIN_MS);
    return code;
  };
  let settled = false;
  let resolveFinished: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (resolveFinished = resolve));
  const finish = (code: number): void => {
    settled = true;
    resolveFinished(code);
  };
  // Once a stop is under way, a login it cut short is not a failure worth a line.
  const fail = (line: string): void => {
    if (settled) return;
    io.stderr.write(`${line}\n`);
    finish(EXIT_FAILED);
  };

  const context = liveContext(holder, logger, { logPolicy: config.logPolicy, ...(sink ? { droppedLogLines: sink.dropped } : {}) });
  const bot = createBot(config, context);
  // Once per reload run, however many requests it answered: after one the /agencies choices, and
  // so the command definitions, may have changed.
  holder.onReload((outcome) => {
    if (outcome.ok && !settled) void bot.syncGuildCommands();
  });

  let health: HealthServer | undefined;
  if (config.health) {
    try {
      const started = await startHealth(config.health, holder, bot);
      health = started.server;
      context.recordInteraction = started.metrics.recordInteraction;
      holder.onReload((outcome) => started.metrics.recordReload(outcome.ok));
      logger.info({ url: health.url }, 'health server listening (/healthz, /metrics)');
    } catch (err) {
      logger.fatal({ err }, 'health server could not start');
      io.stderr.write(`${(err as Error).message}\n`);
      return flushed(EXIT_FAILED);
    }
  }

  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    finish(EXIT_STOPPED);
  };
  // A stray rejection in a handler must not end the bot for everyone else.
  const stray = (err: unknown): void => logger.error({ err }, 'unhandled promise rejection');
  io.signals.once('SIGINT', stop);
  io.signals.once('SIGTERM', stop);
  // The usual daemon convention; a broken file is logged and the current knowledge keeps serving.
  io.reloadSignal.connect(() => void context.reload());
  io.signals.on('unhandledRejection', stray);

  void bot.lost.then(fail);
  bot.start().catch((err: unknown) => {
    logger.fatal({ err }, 'could not connect to Discord');
    fail(describeDiscordFailure(err, { doing: 'connect to Discord', apiUrl: config.apiUrl }));
  });

  const code = await finished;
  io.signals.off('SIGINT', stop);
  io.signals.off('SIGTERM', stop);
  io.reloadSignal.disconnect();
  io.signals.off('unhandledRejection', stray);
  const graceMs = io.stopGraceMs ?? STOP_GRACE_MS;
  let grace: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    grace = setTimeout(() => resolve(true), graceMs);
    grace.unref();
  });
  const closing = Promise.all([bot.stop(), health?.close()]).then(() => false);
  if (await Promise.race([closing, timedOut])) logger.warn({ waitedMs: graceMs }, 'the gateway did not close in time; exiting anyway');
  clearTimeout(grace);
  return flushed(code);
}
