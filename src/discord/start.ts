import type { EngineHolder } from '../engine/engine-holder.js';
import { exitOnUncaughtException } from '../log/fatal-exit.js';
import { safeDestination } from '../log/safe-destination.js';
import type { ReloadSignal } from '../process/reload-signal.js';
import { createBot } from './bot.js';
import type { DiscordConfig } from './config.js';
import { liveContext } from './context.js';
import { createLogger } from './logger.js';

const LOG_DRAIN_MS = 1000;

/**
 * Runs the bot until SIGINT/SIGTERM, reloading knowledge/ on SIGHUP (caught by main from the
 * start); resolves false when Discord refused to let it log in.
 */
export async function runDiscord(config: DiscordConfig, holder: EngineHolder, reloadSignal: ReloadSignal): Promise<boolean> {
  const sink = safeDestination({
    onRecovered: (dropped, reason) => logger.warn({ dropped, reason }, 'log lines were dropped while the log could not be written'),
  });
  const logger = createLogger(config.logLevel, sink);
  const context = liveContext(holder, logger, { droppedLogLines: sink.dropped, logPolicy: config.logPolicy });
  const bot = createBot(config, context);
  exitOnUncaughtException(logger, sink);

  // The log's last lines get a moment to be written; a full disk cannot hold up the exit.
  const flushed = (): Promise<void> => sink.drained(LOG_DRAIN_MS);
  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    void bot.stop().finally(flushed).finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // The usual daemon convention; a broken file is logged and the current knowledge keeps serving.
  reloadSignal.connect(() => void context.reload());
  // A stray rejection in a handler must not end the bot for everyone else.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'));

  try {
    await bot.start();
    return true;
  } catch (err) {
    logger.fatal({ err }, 'could not connect to Discord');
    const rejected = (err as { code?: unknown }).code === 'TokenInvalid';
    console.error(
      rejected
        ? 'Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.'
        : `Could not connect to Discord: ${(err as Error).message}`,
    );
    await bot.stop();
    await flushed();
    return false;
  }
}
