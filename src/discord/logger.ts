import { pino, type DestinationStream, type Logger } from 'pino';
import { safeDestination } from '../log/safe-destination.js';
import type { LogLevel } from './config.js';

/**
 * Anything that could carry a secret is censored before it is written: the bot token under any
 * name, auth headers, and discord.js request details (their URLs hold interaction tokens).
 */
const REDACTED_PATHS = [
  'token',
  '*.token',
  'config',
  '*.config',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'err.url',
  'err.requestBody',
  'error.url',
  'error.requestBody',
];

/** JSON lines to `destination`, by default stdout through a sink that a full disk cannot stop. */
export function createLogger(level: LogLevel, destination: DestinationStream = safeDestination()): Logger {
  return pino({ level, base: { app: 'proclamation-bot' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
