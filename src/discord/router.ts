import { performance } from 'node:perf_hooks';
import type { Interaction } from 'discord.js';
import { findCommand } from '../commands/catalog.js';
import { PoliteRefusal } from '../commands/refusal.js';
import { answerCall, answerPage, readCall, suggestFor, type CommandResult } from './command.js';
import { DEFAULT_LOG_POLICY } from './config.js';
import type { BotContext } from './context.js';
import { parsePageId } from './custom-ids.js';
import { handleFactButton, handleFactMenu } from './fact-links.js';
import { asEdit, renderDeferral, renderNotice, type ReplyPayload } from './render.js';

export type Outcome = 'answered' | 'miss' | 'suggested' | 'refused' | 'error';

const APOLOGY = 'Sorry, something went wrong on my side while answering. It has been logged; please try again in a moment.';
const UNSUPPORTED = 'I cannot handle that kind of interaction. Try /ask or /help.';

interface Described {
  kind: 'command' | 'autocomplete' | 'button' | 'select' | 'other';
  command: string;
}

function describe(interaction: Interaction): Described {
  if (interaction.isChatInputCommand()) return { kind: 'command', command: interaction.commandName };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName };
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId };
  if (interaction.isStringSelectMenu()) return { kind: 'select', command: interaction.customId };
  return { kind: 'other', command: `type ${interaction.type}` };
}

/** The handler's result for anything that gets a message reply; autocomplete is answered separately. */
async function resultFor(interaction: Interaction, context: BotContext): Promise<CommandResult> {
  if (interaction.isChatInputCommand()) {
    const command = findCommand(interaction.commandName);
    if (!command) throw new PoliteRefusal(`I no longer know the command /${interaction.commandName}. Try /help for what I can do.`);
    const call = readCall(command, interaction);
    if (command.deferred) await interaction.deferReply(renderDeferral());
    return answerCall(command, call, context);
  }
  if (interaction.isButton()) {
    const page = parsePageId(interaction.customId);
    if (page === null) return handleFactButton(interaction.customId, context);
    const command = findCommand(page.command);
    if (!command) throw new PoliteRefusal(`I no longer know the command /${page.command}. Try /help for what I can do.`);
    return answerPage(command, page.text, page.page, context);
  }
  if (interaction.isStringSelectMenu()) return handleFactMenu(interaction.customId, interaction.values, context);
  throw new PoliteRefusal(UNSUPPORTED);
}

async function send(interaction: Interaction, payload: ReplyPayload, update = false): Promise<void> {
  if (update && interaction.isMessageComponent() && !interaction.replied && !interaction.deferred) {
    // A page replaces what the message shows; who may see it was settled when it was sent.
    const { embeds, components, allowedMentions } = payload;
    await interaction.update({ embeds, components, allowedMentions });
    return;
  }
  if (!interaction.isRepliable()) return;
  if (interaction.replied) await interaction.followUp(payload);
  else if (interaction.deferred) await interaction.editReply(asEdit(payload));
  else await interaction.reply(payload);
}

/** Tells the user something without ever throwing: a failure here must not take the bot down. */
async function sendSafely(interaction: Interaction, payload: ReplyPayload, context: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else {
      await send(interaction, payload);
    }
  } catch (err) {
    context.logger.warn({ err }, 'could not tell the user about a failed interaction');
  }
}

/** Routes one interaction and writes exactly one log line about it, whatever happens. */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<Outcome> {
  const started = performance.now();
  const described = describe(interaction);
  let outcome: Outcome;
  let question: string | undefined;
  try {
    if (interaction.isAutocomplete()) {
      const command = findCommand(interaction.commandName);
      await interaction.respond(command ? suggestFor(command, interaction, context) : []);
      outcome = 'suggested';
    } else {
      const result = await resultFor(interaction, context);
      await send(interaction, result.reply, result.update === true);
      outcome = result.answer.answered ? 'answered' : 'miss';
      question = result.question ?? (result.answer.answered ? undefined : described.command);
    }
  } catch (err) {
    if (err instanceof PoliteRefusal) {
      outcome = 'refused';
      await sendSafely(interaction, renderNotice(err.message), context);
    } else {
      outcome = 'error';
      context.logger.error({ err, ...described }, 'interaction failed');
      await sendSafely(interaction, renderNotice(APOLOGY), context);
    }
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  context.logger.info(
    { ...described, interactionId: interaction.id, ...whoAndWhat(interaction, context, outcome, question), latencyMs, outcome },
    'interaction',
  );
  context.recordInteraction?.({ ...described, outcome, latencyMs });
  return outcome;
}

/** The typed words and the asker's id, as far as the log policy keeps them. */
function whoAndWhat(interaction: Interaction, context: BotContext, outcome: Outcome, question: string | undefined): Record<string, string> {
  const policy = context.logPolicy ?? DEFAULT_LOG_POLICY;
  const fields: Record<string, string> = policy.userIds ? { user: interaction.user.id } : {};
  if (question === undefined || policy.questions === 'off') return fields;
  // Misses keep their own field name, so the gaps in the knowledge can be listed from the log.
  if (outcome === 'miss') return { ...fields, unanswered: question };
  return policy.questions === 'all' ? { ...fields, question } : fields;
}
