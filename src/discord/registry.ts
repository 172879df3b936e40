import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMANDS } from '../commands/catalog.js';
import type { Engine } from '../engine/engine-api.js';
import { discordDefinition } from './command.js';

/** Every slash command the bot registers and answers, from the one command catalog. */
export function commandDefinitions(engine: Engine): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((command) => discordDefinition(command, engine));
}
