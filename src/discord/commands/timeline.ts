import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../command.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'timeline',
  description: 'Key dates from the 2025 investigation to the end of the negotiation window',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const timeline: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(_interaction, context) {
    const answer = context.engine().timeline(context.now());
    return { reply: renderAnswer(answer), answer };
  },
};
