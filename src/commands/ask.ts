import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Answer } from '../../engine/answer.js';
import type { Engine } from '../../engine/engine-api.js';
import { fitChoices, valueForSubmittedName } from '../choices.js';
import type { SlashCommand } from '../command.js';
import { parseFactId } from '../custom-ids.js';
import { MAX_CHOICES } from '../limits.js';
import { PoliteRefusal } from '../refusal.js';
import { renderAnswer } from '../render.js';

const MAX_QUESTION = 300;

const definition = {
  name: 'ask',
  description: 'Ask a question about Proclamation 11001 (Section 232, processed critical minerals)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "When does the negotiation window end?"',
      required: true,
      autocomplete: true,
      max_length: MAX_QUESTION,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'public',
      description: 'Post the answer in the channel for everyone (by default only you see it)',
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'mention',
      description: 'Someone to notify with the answer',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A picked suggestion arrives as `fact:<id>`; anything else is a question in the user's words. */
function resolve(submitted: string, engine: Engine, now: Date): Answer {
  const value = valueForSubmittedName(submitted, engine.suggestQuestions(submitted, MAX_CHOICES)) ?? submitted;
  const factId = parseFactId(value);
  if (factId === null) return engine.ask(value, now);
  const answer = engine.fact(factId, now);
  if (answer === null) {
    throw new PoliteRefusal('That suggestion is out of date (the knowledge was updated). Please type your question again.');
  }
  return answer;
}

export const ask: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  execute(interaction, context) {
    const question = interaction.options.getString('question', true).trim();
    if (question === '') throw new PoliteRefusal('Please type a question, for example "When does the negotiation window end?"');
    const answer = resolve(question, context.engine(), context.now());
    const mention = interaction.options.getUser('mention');
    const reply = renderAnswer(answer, {
      public: interaction.options.getBoolean('public') ?? false,
      // A picked suggestion arrives as its fact id; the answer's title already says what it answers.
      asked: parseFactId(question) === null ? question : undefined,
      ...(mention ? { mentionUserId: mention.id } : {}),
    });
    return { reply, answer, question };
  },
  autocomplete(interaction, context) {
    return fitChoices(context.engine().suggestQuestions(interaction.options.getFocused(), MAX_CHOICES));
  },
};
