import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describeCall, runCommand } from '../commands/run.js';
import { parseValues, type Command } from '../commands/spec.js';
import type { Answer } from '../engine/answer.js';
import type { Choice, Engine } from '../engine/engine-api.js';
import { fitChoices } from './choices.js';
import type { BotContext } from './context.js';
import { pageButtonId } from './custom-ids.js';
import { MAX_CHOICES } from './limits.js';
import { renderAnswer, renderPage, type ReplyPayload } from './render.js';

/** What a command produced: the reply to send, and the answer behind it for the interaction log. */
export interface CommandResult {
  reply: ReplyPayload;
  answer: Answer;
  /** The user's question, logged when the engine could not answer it so maintainers see the gap. */
  question?: string;
  /** Replace the message the clicked button is on (a pager) instead of sending a new one. */
  update?: boolean;
}

/** One call of a command as Discord delivered it, already out of discord.js's classes. */
export interface DiscordCall {
  values: Readonly<Record<string, string | null | undefined>>;
  public?: boolean;
  mentionUserId?: string;
}

const PUBLIC = 'public';
const MENTION = 'mention';

/** Discord's registration of one command, derived from its spec. */
export function discordDefinition(command: Command, engine: Engine): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options: NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']> = command.options.map((o) => {
    // A fixed list is offered whole while it fits Discord's 25 choices; past that, through autocomplete.
    const fixed = o.choices?.(engine);
    const pick = fixed !== undefined && fixed.length <= MAX_CHOICES ? { choices: fitChoices(fixed) } : o.suggest || fixed ? { autocomplete: true as const } : {};
    return { type: ApplicationCommandOptionType.String, name: o.name, description: o.description, ...(o.required ? { required: true } : {}), max_length: o.maxLength, ...pick };
  });
  if (command.shareable) {
    options.push(
      { type: ApplicationCommandOptionType.Boolean, name: PUBLIC, description: 'Post the answer in the channel for everyone (by default only you see it)' },
      { type: ApplicationCommandOptionType.User, name: MENTION, description: 'Post the answer in the channel and notify this person (only them)' },
    );
  }
  return {
    name: command.name,
    description: command.description,
    ...(options.length > 0 ? { options } : {}),
    ...(command.access === 'managers' ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild), contexts: [InteractionContextType.Guild] } : {}),
  };
}

/** The options of a slash command as plain values. */
export function readCall(command: Command, interaction: ChatInputCommandInteraction): DiscordCall {
  const values = Object.fromEntries(command.options.map((o) => [o.name, interaction.options.getString(o.name)]));
  if (!command.shareable) return { values };
  const mention = interaction.options.getUser(MENTION);
  return { values, public: interaction.options.getBoolean(PUBLIC) ?? false, ...(mention ? { mentionUserId: mention.id } : {}) };
}

/** The pager of a command's list: its button ids carry the command and the text it was given. */
function pageIdsFor(command: Command, values: Readonly<Record<string, string | undefined>>): (page: number) => string | null {
  const first = command.options[0];
  const text = first === undefined ? undefined : values[first.name];
  return (page) => pageButtonId(command.name, page, text);
}

export async function answerCall(command: Command, call: DiscordCall, context: BotContext): Promise<CommandResult> {
  const values = parseValues(command, call.values);
  const answer = await runCommand(command, values, {
    engine: context.engine(),
    now: context.now(),
    ...(context.startedAt ? { startedAt: context.startedAt } : {}),
    ...(context.reload ? { reload: context.reload } : {}),
    ...(context.droppedLogLines ? { droppedLogLines: context.droppedLogLines } : {}),
  });
  const asked = command.asked?.(values);
  const reply = renderAnswer(answer, {
    public: call.public === true,
    ...(call.mentionUserId === undefined ? {} : { mentionUserId: call.mentionUserId }),
    ...(asked === undefined ? {} : { asked }),
    pageId: pageIdsFor(command, values),
  });
  const question = describeCall(command, values);
  return { reply, answer, ...(question === undefined ? {} : { question }) };
}

/** Another page of a command's list, for the pager button that asked for it. */
export async function answerPage(command: Command, text: string | undefined, page: number, context: BotContext): Promise<CommandResult> {
  const first = command.options[0];
  const values = parseValues(command, first === undefined ? {} : { [first.name]: text });
  const answer = await runCommand(command, values, { engine: context.engine(), now: context.now() });
  return { reply: renderPage(answer, { page, pageId: pageIdsFor(command, values) }), answer, update: true };
}

/** Choices for the option being typed, from its spec: completions, or the fixed list filtered. */
export function suggestFor(command: Command, interaction: AutocompleteInteraction, context: BotContext): Choice[] {
  const focused = interaction.options.getFocused(true);
  const option = command.options.find((o) => o.name === focused.name);
  if (!option) return [];
  const engine = context.engine();
  const typed = String(focused.value);
  if (option.suggest) return fitChoices(option.suggest(engine, typed));
  const wanted = typed.trim().toLowerCase();
  return fitChoices((option.choices?.(engine) ?? []).filter((c) => c.name.toLowerCase().includes(wanted)));
}
