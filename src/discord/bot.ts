import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordConfig } from './config.js';
import type { BotContext } from './context.js';
import { registerCommands } from './register.js';
import { handleInteraction } from './router.js';

export interface Bot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The discord.js client wired to our router; slash commands only need the Guilds intent. */
export function createBot(config: DiscordConfig, context: BotContext): Bot {
  const { logger } = context;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl === undefined ? {} : { rest: { api: config.apiUrl } }),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, context);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected for good'));
  // destroy() closes the socket like any disconnect; only unplanned ones are worth a line.
  let stopping = false;
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) logger.info({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));

  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, async (ready) => {
      logger.info({ user: ready.user.id, guilds: ready.guilds.cache.size }, 'connected to Discord');
      if (config.guildId !== undefined) {
        try {
          const count = await registerCommands(client.rest, config.clientId, { guildId: config.guildId }, context.engine());
          logger.info({ guild: config.guildId, commands: count }, 'slash commands registered to the guild');
        } catch (err) {
          logger.error({ err }, 'could not register slash commands; the bot still answers commands registered earlier');
        }
      }
      resolve();
    });
  });

  return {
    client,
    async start() {
      await client.login(config.token);
      await ready;
    },
    async stop() {
      stopping = true;
      await client.destroy();
    },
  };
}
