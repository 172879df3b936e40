import type { Answer } from '../engine/answer.js';
import { describeReload, type ReloadOutcome } from '../engine/engine-holder.js';
import { PoliteRefusal } from './refusal.js';
import { defineCommand } from './spec.js';

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

export const reload = defineCommand({
  name: 'reload',
  description: 'Reload the knowledge files; if one is broken, the current knowledge keeps serving',
  help: 'Reloads the knowledge files (server managers only); a broken file leaves the current knowledge serving and its problems listed.',
  options: [],
  // Manage Server by default; after that, who may use it is the server's own choice (Server
  // Settings → Integrations), so the handler checks nothing itself, as the discord.js guide advises.
  access: 'managers',
  shareable: false,
  // A reload can wait for one already running, and reading a large folder takes its time.
  deferred: true,
  async run(_values, ctx) {
    if (!ctx.reload) throw new PoliteRefusal(UNAVAILABLE);
    const outcome = await ctx.reload();
    // The admin sees the loader's located problems privately; the log already has them too.
    if (!outcome.ok) throw new PoliteRefusal(describeReload(outcome));
    return reloadedAnswer(outcome);
  },
});
