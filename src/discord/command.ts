import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answer } from '../engine/answer.js';
import type { Choice, Engine } from '../engine/engine-api.js';
import type { BotContext } from './context.js';
import type { ReplyPayload } from './render.js';

/** What a command produced: the reply to send, and the answer behind it for the interaction log. */
export interface CommandResult {
  reply: ReplyPayload;
  answer: Answer;
  /** The user's question, logged when the engine could not answer it so maintainers see the gap. */
  question?: string;
}

/** One slash command: its registration data next to its handler. */
export interface SlashCommand {
  readonly name: string;
  /** A function of the engine because some choices (agencies) come from the knowledge. */
  definition(engine: Engine): RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * Acknowledged privately before `execute` runs and edited with its result, for work that may
   * outlast Discord's 3-second window to answer.
   */
  readonly deferred?: true;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): CommandResult | Promise<CommandResult>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Choice[];
}
