const ELLIPSIS = '…';
const URL_PATTERN = /(https?:\/\/[^\s<>()]+)/g;

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - ELLIPSIS.length;
  // Never split a surrogate pair: half an emoji is invalid UTF-16 and Discord rejects it.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(cut, 0))}${ELLIPSIS}`;
}

/**
 * Makes mentions inert even where allowed_mentions would not stop them from rendering:
 * `@everyone` and `<@123>` typed by a user must show as text, not as a ping or a name pill.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(?=\d)/g, '<$1\u200b');
}

/**
 * Escapes every markdown character rather than only balanced pairs: discord.js's escapeMarkdown
 * leaves some runs live (`____x____`, or `_a_` right after a custom emoji), and a user's text must
 * never format. Line-start `#`, `-#`, `>` and `-` would make headings, subtext, quotes and lists.
 */
function escapeMarkdownCharacters(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^(\s*)([#>-])/gm, '$1\\$2');
}

/**
 * Plain text of our own (knowledge answers, titles, notices) → Discord markdown that shows exactly
 * that text. URLs stay untouched so they still link.
 */
export function plainText(text: string): string {
  return text
    .split(URL_PATTERN)
    .map((part, i) => (i % 2 === 1 ? part : neutraliseMentions(escapeMarkdownCharacters(part))))
    .join('');
}

/**
 * Control, format (bidi overrides, zero-width), private-use and lone surrogate characters: they
 * reorder, hide or garble what a reader sees, and a user's words need none of them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]+/gu;

/**
 * What a user typed → Discord markdown that shows it as inert text, for echoes in public replies:
 * no formatting, no pings, no links (`https://…` would autolink), and no `<…>` token Discord turns
 * into something live (timestamps `<t:0:R>`, command mentions `</reload:1>`, emoji `<:name:id>`,
 * channel and role mentions). Invisible characters become spaces.
 */
export function userText(text: string): string {
  const visible = escapeMarkdownCharacters(text.replace(INVISIBLE, ' '));
  return neutraliseMentions(visible.replace(/</g, '<\u200b')).replace(/:\/\//g, ':\u200b//');
}
