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
 * Plain text (knowledge answers, user-typed names and questions) → Discord markdown that shows
 * exactly that text. URLs stay untouched so they still link.
 */
export function plainText(text: string): string {
  return text
    .split(URL_PATTERN)
    .map((part, i) => (i % 2 === 1 ? part : neutraliseMentions(escapeMarkdownCharacters(part))))
    .join('');
}
