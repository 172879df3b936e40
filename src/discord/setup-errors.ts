/**
 * One line for an operator when talking to Discord fails during set-up (logging in, registering
 * commands), saying what went wrong and what to do. Never includes the token: only status codes,
 * Discord's own error text and the host name are shown.
 */

export const TOKEN_REJECTED =
  'Discord rejected DISCORD_TOKEN; copy a fresh token from the Developer Portal (Bot → Reset Token) into .env.';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ABORT_ERR']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The system error code of a failed fetch: undici puts it on the cause, or on each of an AggregateError's errors. */
function networkCode(err: ErrorLike, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (typeof err.code === 'string' && /^(E[A-Z_]+|UND_ERR_[A-Z_]+|ABORT_ERR)$/.test(err.code)) return err.code;
  if (err.cause && typeof err.cause === 'object') {
    const found = networkCode(err.cause as ErrorLike, depth + 1);
    if (found) return found;
  }
  if (Array.isArray(err.errors)) {
    for (const inner of err.errors) {
      const found = inner && typeof inner === 'object' ? networkCode(inner as ErrorLike, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function hostOf(apiUrl: string | undefined): string {
  try {
    return new URL(apiUrl ?? 'https://discord.com/api').host;
  } catch {
    return 'discord.com';
  }
}

const apiUrlHint = (apiUrl: string | undefined): string => (apiUrl === undefined ? '' : ' and DISCORD_API_URL');

export interface FailureContext {
  /** What was being done, e.g. "connect to Discord" or "register the slash commands". */
  doing: string;
  apiUrl?: string;
  /** Set when registering to one server: a 403 then usually means the bot was not invited there. */
  guildId?: string;
}

export function describeDiscordFailure(error: unknown, context: FailureContext): string {
  const err = (error && typeof error === 'object' ? error : { message: String(error) }) as ErrorLike;
  const host = hostOf(context.apiUrl);
  const status = typeof err.status === 'number' ? err.status : undefined;
  const detail = typeof err.message === 'string' ? err.message : '';
  if (err.code === 'TokenInvalid' || status === 401) return TOKEN_REJECTED;
  if (status === 403) {
    return context.guildId === undefined
      ? `Could not ${context.doing}: Discord refused access (HTTP 403: ${detail}). Check that DISCORD_CLIENT_ID is the application of this bot token.`
      : `Could not ${context.doing}: Discord refused access to server ${context.guildId} (HTTP 403: ${detail}). Invite the bot there with the applications.commands scope (README, step 3), and check DISCORD_GUILD_ID and DISCORD_CLIENT_ID.`;
  }
  if (status === 404) return `Could not ${context.doing}: Discord does not know this application or server (HTTP 404: ${detail}). Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.`;
  if (status === 429) return `Could not ${context.doing}: Discord is rate-limiting this bot (HTTP 429). Wait a few minutes and try again.`;
  if (status !== undefined && status >= 500) return `Could not ${context.doing}: Discord had a server error (HTTP ${status}). Try again in a few minutes.`;
  if (status !== undefined) return `Could not ${context.doing}: Discord refused the request (HTTP ${status}: ${detail}).`;
  const code = networkCode(err);
  if (code !== undefined && DNS_CODES.has(code)) {
    return `Could not ${context.doing}: the name ${host} could not be looked up (${code}). Check the network connection, DNS${apiUrlHint(context.apiUrl)}.`;
  }
  if (code === 'ECONNREFUSED') return `Could not ${context.doing}: nothing accepts connections at ${host} (ECONNREFUSED). Check the network${apiUrlHint(context.apiUrl)}.`;
  if (code !== undefined && TIMEOUT_CODES.has(code)) return `Could not ${context.doing}: ${host} did not answer in time (${code}). Check the network connection and any proxy or firewall.`;
  if (code !== undefined) return `Could not ${context.doing}: the connection to ${host} failed (${code}). Check the network connection${apiUrlHint(context.apiUrl)}.`;
  return `Could not ${context.doing}: ${detail || 'unknown error'}`;
}
