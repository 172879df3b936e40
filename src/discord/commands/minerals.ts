import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { fitChoices } from '../choices.js';
import type { SlashCommand } from '../command.js';
import { MAX_CHOICES } from '../limits.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'minerals',
  description: 'Which critical minerals are covered; name one to see its status',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'mineral',
      description: 'A mineral, e.g. copper or lithium (leave empty for the overview)',
      autocomplete: true,
      max_length: 100,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const minerals: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(interaction, context) {
    const name = interaction.options.getString('mineral')?.trim() || undefined;
    const answer = context.engine().minerals(name, context.now());
    return { reply: renderAnswer(answer), answer, ...(name === undefined ? {} : { question: `/minerals ${name}` }) };
  },
  autocomplete(interaction, context) {
    return fitChoices(context.engine().suggestMinerals(interaction.options.getFocused(), MAX_CHOICES));
  },
};
