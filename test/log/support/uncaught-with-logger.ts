import { createLogger } from '../../../src/discord/logger.js';
import { exitOnUncaughtException } from '../../../src/log/fatal-exit.js';
import { safeDestination } from '../../../src/log/safe-destination.js';

/**
 * The bot's logging and fatal-error handling in a plain node process that keeps busy like the bot
 * (a timer stands in for the gateway socket), logs, and then hits an exception nothing catches.
 */
const sink = safeDestination();
const logger = createLogger('info', sink);
exitOnUncaughtException(logger, sink);
setInterval(() => logger.info('still serving'), 10);
setImmediate(() => {
  throw new Error('simulated fatal error');
});
