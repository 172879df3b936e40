import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Choice } from '../engine/engine-api.js';
import { MAX_CHOICE_NAME, MAX_CHOICE_VALUE, MAX_CHOICES } from './limits.js';
import { truncate } from './text.js';

/** Engine choices cut to what Discord accepts (25 choices; names and values of 1–100 characters). */
export function fitChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .filter((choice) => choice.name.trim() !== '' && choice.value.trim() !== '')
    .slice(0, MAX_CHOICES)
    .map((choice) => ({ name: truncate(choice.name, MAX_CHOICE_NAME), value: truncate(choice.value, MAX_CHOICE_VALUE) }));
}
