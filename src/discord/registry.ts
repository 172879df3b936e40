import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../engine/engine-api.js';
import type { SlashCommand } from './command.js';
import { about } from './commands/about.js';
import { agencies } from './commands/agencies.js';
import { ask } from './commands/ask.js';
import { deadline } from './commands/deadline.js';
import { glossary } from './commands/glossary.js';
import { help } from './commands/help.js';
import { minerals } from './commands/minerals.js';
import { reload } from './commands/reload.js';
import { sources } from './commands/sources.js';
import { timeline } from './commands/timeline.js';

/** Every slash command the bot registers and answers; adding one is a file plus one line here. */
export const COMMANDS: readonly SlashCommand[] = [ask, deadline, minerals, agencies, timeline, glossary, sources, help, about, reload];

const byName = new Map(COMMANDS.map((command) => [command.name, command]));

export function findCommand(name: string): SlashCommand | undefined {
  return byName.get(name);
}

export function commandDefinitions(engine: Engine): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((command) => command.definition(engine));
}
