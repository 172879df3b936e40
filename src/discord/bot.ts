import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordConfig } from './config.js';
import type { BotContext } from './context.js';
import { describeFatalClose } from './gateway-close.js';
import { commandDefinitions } from './registry.js';
import { handleInteraction } from './router.js';
import { describeDiscordFailure } from './setup-errors.js';
import { describeSync, syncCommands } from './sync-commands.js';

export interface Bot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready (and guild commands are in sync). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** True while a gateway session is ready to receive interactions. */
  gatewayReady(): boolean;
  /**
   * Resolves with one line for the operator when Discord closed the gateway with a code discord.js
   * will not recover from (invalid token, disallowed intents, …); never rejects.
   */
  readonly lost: Promise<string>;
  /** Compares the guild's commands with ours and registers only on a difference; logs either way. */
  syncGuildCommands(): Promise<void>;
}

/** The discord.js client wired to our router; slash commands only need the Guilds intent. */
export function createBot(config: DiscordConfig, context: BotContext): Bot {
  const { logger } = context;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl === undefined ? {} : { rest: { api: config.apiUrl } }),
  });
  let ready = false;
  let stopping = false;
  let reportLost: (line: string) => void = () => undefined;
  const lost = new Promise<string>((resolve) => (reportLost = resolve));

  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, context);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'gateway connection error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    ready = false;
    const line = describeFatalClose(event.code);
    logger.fatal({ shardId, code: event.code }, 'gateway closed for good; discord.js will not reconnect');
    reportLost(line);
  });
  // destroy() closes the socket like any disconnect; only unplanned ones are worth a line.
  client.on(Events.ShardReconnecting, (shardId) => {
    ready = false;
    if (!stopping) logger.info({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    ready = true;
    logger.info({ shardId, replayed }, 'gateway session resumed');
  });
  client.on(Events.ShardReady, () => {
    ready = true;
  });

  const syncGuildCommands = async (): Promise<void> => {
    if (config.guildId === undefined) return;
    const scope = { guildId: config.guildId };
    try {
      const result = await syncCommands(client.rest, config.clientId, scope, commandDefinitions(context.engine()));
      const { message, fields } = describeSync(result, scope);
      logger.info(fields, message);
    } catch (err) {
      const problem = describeDiscordFailure(err, { doing: 'register the slash commands', apiUrl: config.apiUrl, guildId: config.guildId });
      logger.error({ err, problem }, 'could not register slash commands; the bot still answers commands registered earlier');
    }
  };

  const readyOnce = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, async (session) => {
      ready = true;
      logger.info({ user: session.user.id, guilds: session.guilds.cache.size, pid: process.pid }, 'connected to Discord');
      await syncGuildCommands();
      resolve();
    });
  });

  return {
    client,
    lost,
    gatewayReady: () => ready && !stopping,
    syncGuildCommands,
    async start() {
      await client.login(config.token);
      await readyOnce;
    },
    async stop() {
      stopping = true;
      ready = false;
      await client.destroy();
    },
  };
}
