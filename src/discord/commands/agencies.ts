import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../../engine/engine-api.js';
import { fitChoices } from '../choices.js';
import type { SlashCommand } from '../command.js';
import { MAX_CHOICES } from '../limits.js';
import { renderAnswer } from '../render.js';

const NAME = 'agencies';
const OPTION = 'agency';

/**
 * A fixed choice list while the knowledge names at most 25 agencies (Discord's cap); beyond that
 * the same list is offered through autocomplete so no agency becomes unreachable.
 */
function definition(engine: Engine): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const all = engine.agencyChoices();
  const pick = all.length <= MAX_CHOICES ? { choices: fitChoices(all) } : { autocomplete: true as const };
  return {
    name: NAME,
    description: 'Who does what under the proclamation; pick one agency or official for details',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: OPTION,
        description: 'An agency or official (leave empty for the overview)',
        ...pick,
      },
    ],
  };
}

export const agencies: SlashCommand = {
  name: NAME,
  definition,
  execute(interaction, context) {
    const name = interaction.options.getString(OPTION)?.trim() || undefined;
    const answer = context.engine().agencies(name, context.now());
    return { reply: renderAnswer(answer), answer, ...(name === undefined ? {} : { question: `/agencies ${name}` }) };
  },
  autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const matching = context.engine().agencyChoices().filter((c) => c.name.toLowerCase().includes(typed));
    return fitChoices(matching);
  },
};
