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
import type { Answer, AnswerDate, CitedSource, FactLink } from '../engine/answer.js';
import { noonUtcSeconds } from '../knowledge/dates.js';
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
  /** The one user who may be pinged; nobody else ever is. */
  mentionUserId?: string;
  /** The user's own words, echoed so a public answer shows what it answers. */
  asked?: string;
}

const ANSWER_COLOUR = 0x2f6fb5;
const MISS_COLOUR = 0x8a8f98;
const EMPTY_FIELD = '—';

function dateLine({ label, date }: AnswerDate): string {
  const seconds = noonUtcSeconds(date);
  return `**${plainText(label)}**: <t:${seconds}:D> (<t:${seconds}:R>)`;
}

function citation(source: CitedSource): string {
  return `${source.id} ${source.publisher}, ${source.locator}`;
}

function field(name: string, value: string): APIEmbedField {
  return {
    name: truncate(plainText(name), MAX_FIELD_NAME) || EMPTY_FIELD,
    value: truncate(plainText(value), MAX_FIELD_VALUE) || EMPTY_FIELD,
  };
}

const fieldLength = (f: APIEmbedField): number => f.name.length + f.value.length;

/**
 * As many fields as fit in 25 and in what the 6000-character total leaves after title,
 * description and footer; when some do not fit, the last one says how many are not shown.
 */
function fitFields(answer: Answer, budget: number): APIEmbedField[] {
  const all = answer.fields.map((f) => field(f.name, f.value));
  const marker = (hidden: number): APIEmbedField => ({ name: '…', value: `${hidden} more not shown` });
  const kept: APIEmbedField[] = [];
  let used = 0;
  for (const [i, f] of all.entries()) {
    const last = i === all.length - 1;
    const reserve = last ? 0 : fieldLength(marker(all.length));
    if (kept.length + (last ? 1 : 2) > MAX_EMBED_FIELDS || used + fieldLength(f) + reserve > budget) break;
    kept.push(f);
    used += fieldLength(f);
  }
  const hidden = marker(all.length - kept.length);
  if (kept.length < all.length && used + fieldLength(hidden) <= budget) kept.push(hidden);
  return kept;
}

function embed(answer: Answer, asked: string | undefined): APIEmbed {
  const parts = [
    asked === undefined ? '' : `**Asked:** ${userText(asked)}`,
    plainText(answer.text),
    answer.dates.map(dateLine).join('\n'),
  ].filter((part) => part !== '');
  const title = truncate(plainText(answer.title), MAX_EMBED_TITLE);
  const label = answer.sources.length === 1 ? 'Source' : 'Sources';
  const footer = answer.sources.length === 0 ? '' : truncate(`${label}: ${answer.sources.map(citation).join(' · ')}`, MAX_EMBED_FOOTER);
  // The answer text comes first: fields only get what the 6000-character total leaves over.
  const description = truncate(parts.join('\n\n'), Math.min(MAX_EMBED_DESCRIPTION, MAX_EMBED_TOTAL - title.length - footer.length));
  const fields = fitFields(answer, MAX_EMBED_TOTAL - title.length - footer.length - description.length);
  // Discord refuses empty strings where it accepts a missing key.
  return {
    ...(title === '' ? {} : { title }),
    ...(description === '' ? {} : { description }),
    color: answer.answered ? ANSWER_COLOUR : MISS_COLOUR,
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer === '' ? {} : { footer: { text: footer } }),
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

function sourceButton(answer: Answer): APIButtonComponent | null {
  const source = answer.sources.find((s) => s.url !== undefined && s.url.length <= MAX_BUTTON_URL);
  if (!source?.url) return null;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: truncate(`Source: ${source.id} ${source.publisher}`, MAX_BUTTON_LABEL),
    url: source.url,
  };
}

function components(answer: Answer): ActionRow[] {
  const buttons: APIButtonComponent[] = [];
  const link = sourceButton(answer);
  if (link) buttons.push(link);
  const links = factLinks(answer);
  const style = answer.answered ? ButtonStyle.Secondary : ButtonStyle.Primary;
  const asButtons = links.slice(0, MAX_BUTTONS_PER_ROW - buttons.length);
  for (const fact of asButtons) {
    buttons.push({
      type: ComponentType.Button,
      style,
      label: truncate(fact.title, MAX_BUTTON_LABEL),
      custom_id: factButtonId(fact.id) as string,
    });
  }
  const rows: ActionRow[] = [];
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  const rest = links.slice(asButtons.length, asButtons.length + MAX_SELECT_OPTIONS);
  if (rest.length > 0) {
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
  return rows;
}

function visibility(isPublic: boolean, mentionUserId: string | undefined): Pick<ReplyPayload, 'content' | 'flags' | 'allowedMentions'> {
  const flags = isPublic ? {} : { flags: MessageFlags.Ephemeral as const };
  if (mentionUserId === undefined) return { ...flags, allowedMentions: { parse: [] } };
  return { ...flags, content: `<@${mentionUserId}>`, allowedMentions: { parse: [], users: [mentionUserId] } };
}

/** The one way an Answer becomes a Discord reply; every Discord limit is enforced here. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): ReplyPayload {
  const isPublic = options.public === true && answer.answered;
  return {
    embeds: [embed(answer, options.asked)],
    components: components(answer),
    ...visibility(isPublic, options.mentionUserId),
  };
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
