import type { Logger } from 'pino';
import type { LogPolicy } from './config.js';
import type { Engine } from '../engine/engine-api.js';
import type { EngineHolder, ReloadOutcome } from '../engine/engine-holder.js';
import type { InteractionEvent } from '../ops/metrics.js';

/** What every handler receives; `engine()` is read per interaction so a reload can swap it atomically. */
export interface BotContext {
  engine(): Engine;
  now(): Date;
  logger: Logger;
  /** Set by liveContext; contexts built around one fixed engine (tests, benches) leave these out. */
  startedAt?: Date;
  reload?(): Promise<ReloadOutcome>;
  /** Log lines the log sink had to drop (disk full, reader gone), for /about. */
  droppedLogLines?(): number;
  /** What the interaction log keeps of what people typed; DEFAULT_LOG_POLICY when unset. */
  logPolicy?: LogPolicy;
  /** Told about every handled interaction once its reply is sent (the metrics, when they are on). */
  recordInteraction?(event: InteractionEvent): void;
}

type LiveOptional = 'droppedLogLines' | 'logPolicy' | 'recordInteraction';

/** The running bot's context: always reloads and knows its start; log sink and metrics where it has them. */
export type LiveContext = Required<Omit<BotContext, LiveOptional>> & Pick<BotContext, LiveOptional>;

export interface LiveContextOptions {
  now?: () => Date;
  droppedLogLines?: () => number;
  logPolicy?: LogPolicy;
}

/**
 * The running bot's context: the engine comes from the holder, and every reload run, whether asked
 * for by /reload or by SIGHUP and however many requests it answered, is logged here once with the
 * loader's located problems.
 */
export function liveContext(holder: EngineHolder, logger: Logger, options: LiveContextOptions = {}): LiveContext {
  const now = options.now ?? (() => new Date());
  holder.onReload((outcome, run) => {
    if (outcome.ok) {
      logger.info({ knowledge: outcome.current.hash, previous: outcome.previous.hash, facts: outcome.facts, ...run }, 'knowledge reloaded');
    } else {
      logger.error({ knowledge: outcome.serving.hash, problems: outcome.problems, ...run }, 'knowledge reload failed; still serving the previous version');
    }
  });
  return {
    engine: holder.engine,
    now,
    logger,
    startedAt: now(),
    reload: () => holder.reload(),
    ...(options.droppedLogLines ? { droppedLogLines: options.droppedLogLines } : {}),
    ...(options.logPolicy ? { logPolicy: options.logPolicy } : {}),
  };
}
