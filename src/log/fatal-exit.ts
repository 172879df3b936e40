import type { Logger } from 'pino';
import type { LogSink } from './safe-destination.js';

/** Long enough for the fatal line to reach a working log, short enough for a supervisor to restart soon. */
export const FATAL_EXIT_GRACE_MS = 2000;

/**
 * An exception nothing caught leaves the bot in an unknown state. It is logged if the log can take
 * it, and the process exits 1 within the grace period whatever the log does, so no failure leaves
 * a bot that neither serves nor exits.
 */
export function exitOnUncaughtException(logger: Logger, sink: LogSink, proc: NodeJS.Process = process, graceMs = FATAL_EXIT_GRACE_MS): void {
  proc.once('uncaughtException', (err) => {
    const exit = (): never => proc.exit(1);
    setTimeout(exit, graceMs);
    logger.fatal({ err }, 'uncaught exception; exiting');
    void sink.drained(graceMs).then(exit);
  });
}
