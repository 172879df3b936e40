import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { fitChoices } from '../choices.js';
import type { SlashCommand } from '../command.js';
import { MAX_CHOICES } from '../limits.js';
import { PoliteRefusal } from '../refusal.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'glossary',
  description: 'What a term or abbreviation means (PCMDP, Section 232, USTR, …)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'term',
      description: 'The term or abbreviation',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const glossary: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(interaction, context) {
    const term = interaction.options.getString('term', true).trim();
    if (term === '') throw new PoliteRefusal('Please name a term, for example PCMDP or Section 232.');
    const answer = context.engine().glossary(term, context.now());
    return { reply: renderAnswer(answer), answer, question: `/glossary ${term}` };
  },
  autocomplete(interaction, context) {
    return fitChoices(context.engine().suggestGlossary(interaction.options.getFocused(), MAX_CHOICES));
  },
};
