import type { ReplyPayload } from '../../src/discord/render.js';
import { validateMessage } from './discord-validation.js';

/** What Discord would say about a rendered reply, as "path: message" lines; empty means it would be posted. */
export function discordErrors(payload: ReplyPayload): string[] {
  const body = JSON.parse(
    JSON.stringify({
      content: payload.content,
      embeds: payload.embeds,
      components: payload.components,
      flags: payload.flags,
      allowed_mentions: { parse: payload.allowedMentions.parse, users: payload.allowedMentions.users },
    }),
  ) as unknown;
  const { errors, empty } = validateMessage(body, { requireContent: true });
  return [...errors.map((e) => `${e.path}: ${e.message}`), ...(empty ? ['empty message'] : [])];
}
