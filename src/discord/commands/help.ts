import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../command.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'help',
  description: 'What this bot can answer and how to ask',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const help: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(_interaction, context) {
    const answer = context.engine().help(context.now());
    return { reply: renderAnswer(answer), answer };
  },
};
