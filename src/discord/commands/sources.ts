import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../command.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'sources',
  description: 'The documents behind the answers, and how current the knowledge is',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sources: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(_interaction, context) {
    const answer = context.engine().sources(context.now());
    return { reply: renderAnswer(answer), answer };
  },
};
