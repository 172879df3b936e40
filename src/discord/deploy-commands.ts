import { REST } from 'discord.js';
import { config as loadEnv } from 'dotenv';
import { createEngine } from '../engine/engine.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { ConfigError, parseConfig } from './config.js';
import { registerCommands } from './register.js';

/**
 * `npm run deploy-commands` registers the slash commands to DISCORD_GUILD_ID (instant), or with
 * `--global` to every server the bot is in (Discord may take up to an hour to show them).
 */
async function deploy(argv: readonly string[]): Promise<number> {
  loadEnv({ quiet: true });
  const global = argv.includes('--global');
  try {
    const config = parseConfig(process.env);
    if (!global && config.guildId === undefined) {
      console.error('Configuration error: DISCORD_GUILD_ID is not set; set it to register to one server, or run `npm run deploy-commands -- --global`.');
      return 1;
    }
    const engine = createEngine(loadKnowledge());
    const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
    const scope = global || config.guildId === undefined ? 'global' : { guildId: config.guildId };
    const count = await registerCommands(rest, config.clientId, scope, engine);
    console.log(
      scope === 'global'
        ? `Registered ${count} slash commands globally (Discord may take up to an hour to show them everywhere).`
        : `Registered ${count} slash commands to server ${scope.guildId}.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      console.error(err.message);
      return 1;
    }
    const status = (err as { status?: unknown }).status;
    console.error(`Discord refused the registration${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = await deploy(process.argv.slice(2));
