import { z } from 'zod';

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_QUESTIONS = ['off', 'unanswered', 'all'] as const;

/** Unset and empty mean the same in a .env file (.env.example leaves every value empty). */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema);

const PORT_MESSAGE = 'is malformed: expected a port number from 0 (any free port) to 65535';

/** Messages are fixed strings: zod must never echo a value, least of all the token. */
const EnvSchema = z.object({
  DISCORD_TOKEN: required(
    z
      .string({ error: 'is missing; set it to the bot token from the Discord Developer Portal (Bot → Token)' })
      .regex(/^\S+$/, 'is malformed: a bot token contains no spaces or line breaks'),
  ),
  DISCORD_CLIENT_ID: required(
    z
      .string({ error: "is missing; set it to the application id (Developer Portal → General Information)" })
      .regex(SNOWFLAKE, 'is malformed: expected the numeric application id (17–20 digits)'),
  ),
  DISCORD_GUILD_ID: optional(z.string().regex(SNOWFLAKE, 'is malformed: expected a numeric server id (17–20 digits)')),
  DISCORD_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'is malformed: expected an http(s) URL such as http://127.0.0.1:8080/api' }),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `is malformed: expected one of ${LOG_LEVELS.join(', ')}` })),
  PID_FILE: optional(z.string()),
  LOG_QUESTIONS: optional(z.enum(LOG_QUESTIONS, { error: `is malformed: expected one of ${LOG_QUESTIONS.join(', ')}` })),
  LOG_USER_IDS: optional(z.enum(['on', 'off'], { error: 'is malformed: expected on or off' })),
  HEALTH_PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, PORT_MESSAGE)
      .transform(Number)
      .pipe(z.number().max(65_535, PORT_MESSAGE)),
  ),
  HEALTH_HOST: optional(z.string().regex(/^[\w.:-]+$/, 'is malformed: expected a host name or IP address such as 127.0.0.1 or 0.0.0.0')),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the interaction log keeps of what people typed; see the README's "What the log keeps". */
export interface LogPolicy {
  /** Question text: never, only of questions the bot could not answer, or of every question. */
  questions: (typeof LOG_QUESTIONS)[number];
  /** The Discord id of whoever asked, on every interaction line. */
  userIds: boolean;
}

/** Unanswered questions show maintainers what the knowledge lacks; who asked them is not needed. */
export const DEFAULT_LOG_POLICY: LogPolicy = { questions: 'unanswered', userIds: false };

export interface DiscordConfig {
  token: string;
  clientId: string;
  guildId?: string;
  /** REST base such as http://127.0.0.1:8080/api; the gateway URL then comes from its /gateway/bot. */
  apiUrl?: string;
  logLevel: LogLevel;
  logPolicy: LogPolicy;
  /** Where the bot writes its process id, so `kill -HUP` reaches the bot and not npm in front of it. */
  pidFile?: string;
  /** Where /healthz and /metrics listen; absent unless HEALTH_PORT is set. */
  health?: { host: string; port: number };
}

/** Carries one line per bad variable, each naming the variable and never its value. */
export class ConfigError extends Error {
  readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
    this.lines = lines;
  }
}

/** Loopback by default: the metrics are for a local scraper or the container's health check, not the world. */
export const DEFAULT_HEALTH_HOST = '127.0.0.1';

export function parseConfig(env: NodeJS.ProcessEnv): DiscordConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (!lines.has(name)) lines.set(name, `Configuration error: ${name} ${issue.message}`);
    }
    throw new ConfigError([...lines.values()]);
  }
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL, LOG_LEVEL, PID_FILE, LOG_QUESTIONS, LOG_USER_IDS, HEALTH_PORT, HEALTH_HOST } = result.data;
  if (HEALTH_HOST !== undefined && HEALTH_PORT === undefined) {
    throw new ConfigError(['Configuration error: HEALTH_HOST is set but HEALTH_PORT is not; set HEALTH_PORT to turn on /healthz and /metrics']);
  }
  return {
    token: DISCORD_TOKEN,
    clientId: DISCORD_CLIENT_ID,
    ...(DISCORD_GUILD_ID === undefined ? {} : { guildId: DISCORD_GUILD_ID }),
    // @discordjs/rest appends "/v10/…" itself, so a trailing slash would double up.
    ...(DISCORD_API_URL === undefined ? {} : { apiUrl: DISCORD_API_URL.replace(/\/+$/, '') }),
    logLevel: LOG_LEVEL ?? 'info',
    logPolicy: { questions: LOG_QUESTIONS ?? DEFAULT_LOG_POLICY.questions, userIds: (LOG_USER_IDS ?? 'off') === 'on' },
    ...(PID_FILE === undefined ? {} : { pidFile: PID_FILE }),
    ...(HEALTH_PORT === undefined ? {} : { health: { host: HEALTH_HOST ?? DEFAULT_HEALTH_HOST, port: HEALTH_PORT } }),
  };
}
