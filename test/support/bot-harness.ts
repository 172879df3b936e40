import { createBot, type Bot } from '../../src/discord/bot.js';
import { parseConfig, type LogPolicy } from '../../src/discord/config.js';
import { createLogger } from '../../src/discord/logger.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type InteractionRecord, type RecordedCallback } from './fake-discord.js';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Every log line as written, for "the token never appears" checks. */
  rawLogs: string[];
  /** Dispatches and waits for the accepted callback. */
  answer(record: InteractionRecord): Promise<RecordedCallback>;
  stop(): Promise<void>;
}

/** The fake server plus the real discord.js client built by our own createBot, logged in and ready. */
export async function startHarness(engine: Engine, options: FakeDiscordOptions & { now?: () => Date; logPolicy?: LogPolicy } = {}): Promise<Harness> {
  const fake = await startFakeDiscord(options);
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', {
    write(line: string) {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  const config = parseConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
  });
  const bot = createBot(config, { engine: () => engine, now: options.now ?? (() => new Date()), logger, ...(options.logPolicy ? { logPolicy: options.logPolicy } : {}) });
  await bot.start();
  return {
    fake,
    bot,
    logs,
    rawLogs,
    answer: (record) => fake.response(record),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
