import type { CommandResult } from './command.js';
import type { BotContext } from './context.js';
import { FACT_MENU_ID, parseFactId } from './custom-ids.js';
import { PoliteRefusal } from '../commands/refusal.js';
import { renderAnswer } from './render.js';

const STALE =
  'That fact is no longer in the knowledge base (it may have been renamed or removed in an update). Try /ask with your question.';
const UNKNOWN = 'This button belongs to an older version of the bot and no longer does anything. Try /ask or /help.';

/** Opens one fact privately for whoever clicked, whether the message was theirs or public. */
function openFact(factId: string, context: BotContext): CommandResult {
  const answer = context.engine().fact(factId, context.now());
  if (answer === null) throw new PoliteRefusal(STALE);
  return { reply: renderAnswer(answer), answer };
}

/** A Related or "did you mean" button: `fact:<id>`. */
export function handleFactButton(customId: string, context: BotContext): CommandResult {
  const factId = parseFactId(customId);
  if (factId === null) throw new PoliteRefusal(UNKNOWN);
  return openFact(factId, context);
}

/** The overflow select menu, whose values are fact ids. */
export function handleFactMenu(customId: string, values: readonly string[], context: BotContext): CommandResult {
  const factId = values[0];
  if (customId !== FACT_MENU_ID || factId === undefined) throw new PoliteRefusal(UNKNOWN);
  return openFact(factId, context);
}
