import type { ReplyPayload } from '../../../src/discord/render.js';

const PING = /@(everyone|here)|<(@[!&]?|#)\d/i;
/** Discord autolinks these; markdown characters inside them do not format. */
const URL = /https?:\/\/[^\s<]*[^<.,:;"')\]\s]/g;
/** The renderer's own markup: the "Asked:" label and bold date labels before a date and a Discord timestamp. */
const ASKED = /^\*\*Asked:\*\* /;
const DATE_LINE = /^\*\*(.*)\*\*: [A-Z][a-z]+ \d{1,2}, \d{4} \(<t:-?\d+:R>\)$/gm;
const LIVE_MARKDOWN: [RegExp, string][] = [
  [/\[[^\]]*\]\(/, 'masked link'],
  [/`/, 'code'],
  [/\*/, 'bold/italic'],
  [/(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u, 'italic/underline'],
  [/~~/, 'strikethrough'],
  [/\|\|/, 'spoiler'],
  [/^#{1,3} /m, 'heading'],
];

/** `<…>` tokens Discord renders as something live; the renderer's own are the timestamps of its date lines. */
const LIVE_TOKENS: [RegExp, string][] = [
  [/<t:-?\d+(:[tTdDfFRS])?>/, 'timestamp'],
  [/<\/[\w -]+:\d+>/, 'command mention'],
  [/<a?:\w+:\d+>/, 'custom emoji'],
  [/<id:\w+>/, 'server navigation link'],
];
/** Control characters and bidi overrides and marks: they garble or reorder what a reader sees. */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The characters Discord would act on: escaped pairs (`\*`) and URLs blanked out, positions kept. */
function active(text: string): string {
  return text.replace(/\\[\s\S]/g, '\u0001').replace(URL, '\u0001');
}

function markdownProblems(where: string, text: string): string[] {
  const ours = text.replace(ASKED, '').replace(DATE_LINE, '$1');
  const live = active(ours);
  return [...LIVE_MARKDOWN, ...LIVE_TOKENS]
    .filter(([pattern], i) => pattern.test(i < LIVE_MARKDOWN.length ? live : ours))
    .map(([, what]) => `${where}: live ${what} in ${JSON.stringify(text.slice(0, 200))}`);
}

/** The user's own words echoed in a public reply: unlike knowledge text, no link in them may be live. */
function askedProblems(where: string, text: string): string[] {
  if (!ASKED.test(text)) return [];
  const asked = text.split('\n\n')[0] as string;
  URL.lastIndex = 0;
  return URL.test(asked) ? [`${where}: a live link in the Asked line ${JSON.stringify(asked.slice(0, 200))}`] : [];
}

/**
 * What a reply must never contain, whatever the user typed, written from Discord's markdown rules
 * rather than from the renderer: a ping, a masked link, or live formatting outside the renderer's
 * own markup. Returns one line per problem; empty means the reply is inert.
 */
export function unsafeParts(payload: ReplyPayload, mentionUserId?: string): string[] {
  const problems: string[] = [];
  const rendered: [string, string][] = [];
  const plain: [string, string][] = [];
  payload.embeds.forEach((embed, i) => {
    if (embed.title !== undefined) rendered.push([`embeds.${i}.title`, embed.title]);
    if (embed.description !== undefined) rendered.push([`embeds.${i}.description`, embed.description]);
    (embed.fields ?? []).forEach((f, j) => rendered.push([`embeds.${i}.fields.${j}.name`, f.name], [`embeds.${i}.fields.${j}.value`, f.value]));
    if (embed.footer) plain.push([`embeds.${i}.footer`, embed.footer.text]);
  });
  payload.components.forEach((row, i) =>
    row.components.forEach((c, j) => {
      if ('label' in c && typeof c.label === 'string') plain.push([`components.${i}.${j}.label`, c.label]);
      if ('options' in c) c.options.forEach((o, k) => plain.push([`components.${i}.${j}.options.${k}`, o.label]));
    }),
  );
  const expectedContent = mentionUserId === undefined ? undefined : `<@${mentionUserId}>`;
  if (payload.content !== undefined && payload.content !== expectedContent) rendered.push(['content', payload.content]);
  // Inside an autolinked URL `@everyone` is part of the link, not a mention.
  for (const [where, text] of [...rendered.map(([w, t]): [string, string] => [w, t.replace(URL, '\u0001')]), ...plain]) {
    if (PING.test(text)) problems.push(`${where}: a live mention in ${JSON.stringify(text.slice(0, 200))}`);
  }
  for (const [where, text] of rendered) problems.push(...markdownProblems(where, text), ...askedProblems(where, text));
  for (const [where, text] of [...rendered, ...plain]) {
    if (INVISIBLE.test(text)) problems.push(`${where}: a control or bidi character in ${JSON.stringify(text.slice(0, 200))}`);
  }

  const { parse, users } = payload.allowedMentions;
  if (parse.length > 0) problems.push(`allowed_mentions.parse is ${JSON.stringify(parse)}`);
  const allowedUsers = users ?? [];
  if (allowedUsers.some((u) => u !== mentionUserId) || allowedUsers.length > 1) problems.push(`allowed_mentions.users is ${JSON.stringify(users)}`);
  return problems;
}
