import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../command.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'deadline',
  description: 'When the negotiation window ends and what happens then, in your time zone',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const deadline: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(_interaction, context) {
    const answer = context.engine().deadline(context.now());
    return { reply: renderAnswer(answer), answer };
  },
};
