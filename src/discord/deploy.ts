import { REST } from 'discord.js';
import { createEngine } from '../engine/engine.js';
import { KnowledgeError } from '../knowledge/errors.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { ConfigError, parseConfig } from './config.js';
import { commandDefinitions } from './registry.js';
import { describeDiscordFailure } from './setup-errors.js';
import { syncCommands, type RegistrationScope } from './sync-commands.js';

export interface DeployIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `npm run deploy-commands` registers the slash commands to DISCORD_GUILD_ID (instant), or with
 * `--global` to every server the bot is in (Discord may take up to an hour to show them). Like
 * start-up, it registers only when Discord's commands differ from ours. Resolves to the exit code.
 */
export async function deployCommands(argv: readonly string[], env: NodeJS.ProcessEnv, io: DeployIo, knowledgeDir?: string): Promise<number> {
  const global = argv.includes('--global');
  try {
    const config = parseConfig(env);
    if (!global && config.guildId === undefined) {
      io.stderr.write('Configuration error: DISCORD_GUILD_ID is not set; set it to register to one server, or run `npm run deploy-commands -- --global`.\n');
      return 1;
    }
    const definitions = commandDefinitions(createEngine(loadKnowledge(knowledgeDir)));
    const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
    const scope: RegistrationScope = global || config.guildId === undefined ? 'global' : { guildId: config.guildId };
    const where = scope === 'global' ? 'globally' : `to server ${scope.guildId}`;
    try {
      const result = await syncCommands(rest, config.clientId, scope, definitions);
      io.stdout.write(
        !result.registered
          ? `The ${result.count} slash commands registered ${where} already match; nothing to do.\n`
          : scope === 'global'
            ? `Registered ${result.count} slash commands globally (Discord may take up to an hour to show them everywhere).\n`
            : `Registered ${result.count} slash commands to server ${scope.guildId}.\n`,
      );
      return 0;
    } catch (err) {
      const guildId = scope === 'global' ? undefined : scope.guildId;
      io.stderr.write(`${describeDiscordFailure(err, { doing: `register the slash commands ${where}`, apiUrl: config.apiUrl, guildId })}\n`);
      return 1;
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
