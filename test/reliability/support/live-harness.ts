import { PermissionFlagsBits } from 'discord.js';
import { createBot, type Bot } from '../../../src/discord/bot.js';
import { parseConfig } from '../../../src/discord/config.js';
import { liveContext, type LiveContext } from '../../../src/discord/context.js';
import { createLogger } from '../../../src/discord/logger.js';
import { createEngineHolder, type EngineHolder } from '../../../src/engine/engine-holder.js';
import { createEngine } from '../../../src/engine/engine.js';
import { loadKnowledgeInWorker } from '../../../src/knowledge/load-in-worker.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';
import { startFakeDiscord, type CommandOption, type FakeDiscord, type FakeDiscordOptions, type InteractionRecord, type RecordedCallback } from '../../support/fake-discord.js';
import { eventually } from '../../support/wait.js';

type Json = Record<string, unknown>;
/** A message as Discord holds it, read field by field in tests. */
type Message = Record<string, any>;

/** The bot as `npm start` builds it (engine holder, live context with reload) against the fake Discord. */
export interface LiveHarness {
  fake: FakeDiscord;
  bot: Bot;
  holder: EngineHolder;
  context: LiveContext;
  logs: Json[];
  rawLogs: string[];
  answer(record: InteractionRecord): Promise<RecordedCallback>;
  /** The log line the router writes for this interaction, once written. */
  logFor(record: InteractionRecord): Promise<Json>;
  /**
   * A deferred command's reply (/reload): the private acknowledgement, accepted within Discord's
   * window, then the message as the edit left it.
   */
  deferredReply(record: InteractionRecord, timeoutMs?: number): Promise<Message>;
  stop(): Promise<void>;
}

export async function startLiveHarness(knowledgeDir: string, options: FakeDiscordOptions = {}): Promise<LiveHarness> {
  const fake = await startFakeDiscord(options);
  const rawLogs: string[] = [];
  const logs: Json[] = [];
  const logger = createLogger('info', {
    write(line: string) {
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Json);
    },
  });
  // No pause between reload runs: the tests reload one after another and check coalescing by count.
  const holder = createEngineHolder(createEngine(loadKnowledge(knowledgeDir)), async () => createEngine(await loadKnowledgeInWorker(knowledgeDir)), {
    spacingMs: 0,
  });
  const context = liveContext(holder, logger);
  const config = parseConfig({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl });
  const bot = createBot(config, context);
  await bot.start();
  return {
    fake,
    bot,
    holder,
    context,
    logs,
    rawLogs,
    answer: (record) => fake.response(record),
    logFor: (record) => eventually(() => logs.find((l) => l.msg === 'interaction' && l.interactionId === record.id), `the log line of ${record.id}`, 5000),
    deferredReply: (record, timeoutMs) => fake.deferredReply(record, timeoutMs),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** A command from a member with Manage Server, the permission /reload asks for. */
export function dispatchAsAdmin(fake: FakeDiscord, name: string, options: CommandOption[] = []): InteractionRecord {
  return fake.dispatchCommand(name, options, fake.alice, String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages));
}

export const str = (name: string, value: string, focused = false): CommandOption => ({ type: 3, name, value, ...(focused ? { focused } : {}) });
