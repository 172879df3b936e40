import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, AnswerDate, FactLink } from '../engine/answer.js';
import { citationText } from '../engine/cite.js';
import { formatDate, isValidIsoDate, noonUtcSeconds } from '../knowledge/dates.js';
import { FACT_MENU_ID, factButtonId } from './custom-ids.js';
import {
  MAX_BUTTON_LABEL,
  MAX_BUTTON_URL,
  MAX_BUTTONS_PER_ROW,
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_FOOTER,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_SELECT_OPTION_LABEL,
  MAX_SELECT_OPTION_VALUE,
  MAX_SELECT_OPTIONS,
} from './limits.js';
import { plainText, truncate, userText } from './text.js';

type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Everything discord.js needs to send one reply; plain data so tests can inspect it. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: []; users?: string[] };
}

export interface RenderOptions {
  /** Post in the channel instead of privately; misses stay private whatever is asked. */
  public?: boolean;
  /** The one user who may be pinged; naming one posts the answer in the channel for them. */
  mentionUserId?: string;
  /** The user's own words, echoed so a public answer shows what it answers. */
  asked?: string;
  /** Which page of a long list to show (from 0; past the end shows the last). */
  page?: number;
  /** The custom id of the button that opens a page; without it a long list has no pager. */
  pageId?: (page: number) => string | null;
}

const ANSWER_COLOUR = 0x2f6fb5;
const MISS_COLOUR = 0x8a8f98;
const EMPTY_FIELD = '—';
/** A page of a list (timeline entries, sources) is what a reader takes in without scrolling away. */
export const FIELDS_PER_PAGE = 10;
/** Related facts as buttons: as many as a reader scans at a glance; more go in a menu. */
export const MAX_FACT_BUTTONS = 4;
const NOT_SHARED = 'Only you can see this: I had no confident answer, so nothing was posted for the channel.';

/**
 * A date-only event as text, the same day for every reader; only "in 3 days" / "5 months ago" is
 * a Discord timestamp, which each reader's client counts from their own clock.
 */
function dateLine({ label, date }: AnswerDate): string {
  if (!isValidIsoDate(date)) return `**${plainText(label)}**: ${plainText(date)}`;
  return `**${plainText(label)}**: ${formatDate(date)} (<t:${noonUtcSeconds(date)}:R>)`;
}

function field(name: string, value: string): APIEmbedField {
  return {
    name: truncate(plainText(name), MAX_FIELD_NAME) || EMPTY_FIELD,
    value: truncate(plainText(value), MAX_FIELD_VALUE) || EMPTY_FIELD,
  };
}

const fieldLength = (f: APIEmbedField): number => f.name.length + f.value.length;

function sourcesField(answer: Answer): APIEmbedField | null {
  if (answer.sources.length === 0) return null;
  return field(answer.sources.length === 1 ? 'Source' : 'Sources', answer.sources.map(citationText).join('\n'));
}

/** An entry with an address shows it on its own line, where Discord makes it a link. */
const listField = (f: Answer['fields'][number]): APIEmbedField => {
  const shown = field(f.name, f.value);
  if (f.url === undefined || shown.value.length + f.url.length + 1 > MAX_FIELD_VALUE) return shown;
  return { ...shown, value: `${shown.value}\n${f.url}` };
};

/**
 * The answer's fields in pages of at most FIELDS_PER_PAGE that fit what the 6000-character total
 * leaves after title, description, footer and the sources; every field lands on some page.
 */
function paginate(all: readonly APIEmbedField[], budget: number): APIEmbedField[][] {
  // A field larger than a whole page's room is cut to fit rather than left off.
  const fields = all.flatMap((f) => {
    if (fieldLength(f) <= budget) return [f];
    const room = budget - f.name.length;
    return room < 2 ? [] : [{ ...f, value: truncate(f.value, room) }];
  });
  const pages: APIEmbedField[][] = [];
  let current: APIEmbedField[] = [];
  let used = 0;
  for (const f of fields) {
    if (current.length > 0 && (current.length >= Math.min(FIELDS_PER_PAGE, MAX_EMBED_FIELDS - 1) || used + fieldLength(f) > budget)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(f);
    used += fieldLength(f);
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

const pageFooter = (page: number, pages: number) => `Page ${page + 1} of ${pages}`;

function embed(answer: Answer, asked: string | undefined, pageWanted: number): { embed: APIEmbed; page: number; pages: number } {
  const parts = [
    asked === undefined ? '' : `**Asked:** ${userText(asked)}`,
    plainText(answer.text),
    answer.dates.map(dateLine).join('\n'),
  ].filter((part) => part !== '');
  const title = truncate(plainText(answer.title), MAX_EMBED_TITLE);
  const sources = sourcesField(answer);
  const footerRoom = pageFooter(9999, 9999).length;
  const reserved = title.length + footerRoom + (sources ? fieldLength(sources) : 0);
  // The answer text comes first: fields only get what the 6000-character total leaves over.
  const description = truncate(parts.join('\n\n'), Math.min(MAX_EMBED_DESCRIPTION, MAX_EMBED_TOTAL - reserved));
  const pages = paginate(answer.fields.map(listField), MAX_EMBED_TOTAL - reserved - description.length);
  const page = Math.max(0, Math.min(Math.floor(Number.isFinite(pageWanted) ? pageWanted : 0), pages.length - 1));
  const fields = [...(pages[page] ?? []), ...(sources ? [sources] : [])];
  const footer = pages.length > 1 ? truncate(pageFooter(page, pages.length), MAX_EMBED_FOOTER) : '';
  // Discord refuses empty strings where it accepts a missing key.
  return {
    embed: {
      ...(title === '' ? {} : { title }),
      ...(description === '' ? {} : { description }),
      color: answer.answered ? ANSWER_COLOUR : MISS_COLOUR,
      ...(fields.length > 0 ? { fields } : {}),
      ...(footer === '' ? {} : { footer: { text: footer } }),
    },
    page,
    pages: Math.max(1, pages.length),
  };
}

/** Fact links a reader can open next: "did you mean" candidates first, then related facts. */
function factLinks(answer: Answer): FactLink[] {
  const seen = new Set(answer.factIds);
  const links: FactLink[] = [];
  for (const link of [...answer.suggestions, ...answer.related]) {
    if (seen.has(link.id) || factButtonId(link.id) === null || link.id.length > MAX_SELECT_OPTION_VALUE) continue;
    seen.add(link.id);
    links.push(link);
  }
  return links;
}

/** One link button per cited source that has an address, strongest first, as the sources list reads. */
function sourceButtons(answer: Answer): APIButtonComponent[] {
  const seen = new Set<string>();
  return answer.sources.flatMap((source): APIButtonComponent[] => {
    if (source.url === undefined || source.url.length > MAX_BUTTON_URL || seen.has(source.url)) return [];
    seen.add(source.url);
    return [{ type: ComponentType.Button, style: ButtonStyle.Link, label: truncate(`${source.name}${source.mirror ? ' (mirror)' : ''}`, MAX_BUTTON_LABEL), url: source.url }];
  }).slice(0, MAX_BUTTONS_PER_ROW);
}

function pager(page: number, pages: number, pageId: RenderOptions['pageId']): ActionRow | null {
  if (pages < 2 || pageId === undefined) return null;
  const previous = pageId(Math.max(0, page - 1));
  const next = pageId(Math.min(pages - 1, page + 1));
  if (previous === null || next === null || previous === next) return null;
  const button = (label: string, customId: string, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: customId,
    ...(disabled ? { disabled } : {}),
  });
  return { type: ComponentType.ActionRow, components: [button('◀ Previous', previous, page === 0), button('Next ▶', next, page === pages - 1)] };
}

function components(answer: Answer, pagerRow: ActionRow | null): ActionRow[] {
  const rows: ActionRow[] = [];
  const links = sourceButtons(answer);
  if (links.length > 0) rows.push({ type: ComponentType.ActionRow, components: links });
  const facts = factLinks(answer);
  const style = answer.answered ? ButtonStyle.Secondary : ButtonStyle.Primary;
  // A menu needs two options to be worth opening: one over the buttons' limit moves a button into it.
  const asButtons = facts.slice(0, facts.length === MAX_FACT_BUTTONS + 1 ? MAX_FACT_BUTTONS - 1 : MAX_FACT_BUTTONS);
  if (asButtons.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: asButtons.map((fact) => ({ type: ComponentType.Button, style, label: truncate(fact.title, MAX_BUTTON_LABEL), custom_id: factButtonId(fact.id) as string })),
    });
  }
  const rest = facts.slice(asButtons.length, asButtons.length + MAX_SELECT_OPTIONS);
  if (rest.length >= 2) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: FACT_MENU_ID,
          placeholder: answer.answered ? 'More related facts…' : 'More suggestions…',
          options: rest.map((fact) => ({ label: truncate(fact.title, MAX_SELECT_OPTION_LABEL), value: fact.id })),
        },
      ],
    });
  }
  if (pagerRow) rows.push(pagerRow);
  return rows;
}

function visibility(answer: Answer, options: RenderOptions): Pick<ReplyPayload, 'content' | 'flags' | 'allowedMentions'> {
  const wanted = options.public === true || options.mentionUserId !== undefined;
  if (!wanted || !answer.answered) {
    return { ...(wanted ? { content: NOT_SHARED } : {}), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
  }
  const user = options.mentionUserId;
  if (user === undefined) return { allowedMentions: { parse: [] } };
  return { content: `<@${user}>`, allowedMentions: { parse: [], users: [user] } };
}

/**
 * The one way an Answer becomes a Discord reply; every Discord limit is enforced here. A mention
 * posts the answer for the channel and pings only that user; private is the default.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): ReplyPayload {
  const shown = embed(answer, options.asked, options.page ?? 0);
  return {
    embeds: [shown.embed],
    components: components(answer, pager(shown.page, shown.pages, options.pageId)),
    ...visibility(answer, options),
  };
}

/**
 * Another page of a reply already posted: only embeds and components change, so the message keeps
 * who may see it and whom it named, and editing it pings nobody again.
 */
export function renderPage(answer: Answer, options: RenderOptions): ReplyPayload {
  const { embeds, components: rows } = renderAnswer(answer, options);
  return { embeds, components: rows, allowedMentions: { parse: [] } };
}

/** The acknowledgement of a deferred command: private, so the reply that replaces it is private too. */
export function renderDeferral(): { flags: MessageFlags.Ephemeral } {
  return { flags: MessageFlags.Ephemeral };
}

/** A reply as the edit of a deferred acknowledgement, whose visibility was fixed when it was sent. */
export function asEdit(payload: ReplyPayload): Omit<ReplyPayload, 'flags'> {
  const { flags: _fixedAtDeferral, ...edit } = payload;
  return edit;
}

/** A short private message: polite refusals, stale buttons, apologies. */
export function renderNotice(text: string): ReplyPayload {
  return {
    content: truncate(plainText(text), MAX_CONTENT),
    embeds: [],
    components: [],
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  };
}
