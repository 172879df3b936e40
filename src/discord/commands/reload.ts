import { InteractionContextType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Answer } from '../../engine/answer.js';
import { describeReload, type ReloadOutcome } from '../../engine/engine-holder.js';
import type { SlashCommand } from '../command.js';
import { PoliteRefusal } from '../refusal.js';
import { renderAnswer } from '../render.js';

const definition = {
  name: 'reload',
  description: 'Reload the knowledge files; if one is broken, the current knowledge keeps serving',
  // Manage Server by default; after that, who may use it is the server's own choice (Server
  // Settings → Integrations), so the handler checks nothing itself, as the discord.js guide advises.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const UNAVAILABLE = 'This instance of the bot serves fixed knowledge and cannot reload it.';

function reloadedAnswer(outcome: Extract<ReloadOutcome, { ok: true }>): Answer {
  return {
    kind: 'about',
    intent: 'reload',
    answered: true,
    title: 'Knowledge reloaded',
    text: describeReload(outcome),
    factIds: [],
    sources: [],
    related: [],
    suggestions: [],
    fields: [
      { name: 'Version', value: outcome.current.hash },
      { name: 'Previous version', value: outcome.previous.hash },
      { name: 'Facts', value: String(outcome.facts) },
    ],
    dates: [],
    score: 1,
  };
}

export const reload: SlashCommand = {
  name: definition.name,
  definition: () => definition,
  // A reload can wait for one already running, and reading a large folder takes its time.
  deferred: true,
  async execute(_interaction, context) {
    if (!context.reload) throw new PoliteRefusal(UNAVAILABLE);
    const outcome = await context.reload();
    // The admin sees the loader's located problems privately; the log already has them too.
    if (!outcome.ok) throw new PoliteRefusal(describeReload(outcome));
    const answer = reloadedAnswer(outcome);
    return { reply: renderAnswer(answer), answer };
  },
};
