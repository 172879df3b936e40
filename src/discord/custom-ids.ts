import { MAX_CUSTOM_ID } from './limits.js';

/**
 * Custom ids carried by buttons and select menus. They outlive the bot process (old messages keep
 * their buttons), so they name a fact by its stable id rather than by anything held in memory.
 */
const FACT_PREFIX = 'fact:';
/** A select menu whose chosen values are fact ids. */
export const FACT_MENU_ID = 'fact-menu';

export function factButtonId(factId: string): string | null {
  const id = `${FACT_PREFIX}${factId}`;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

/** The fact id behind a `fact:<id>` button's custom id; null for anything else. */
export function parseFactId(value: string): string | null {
  if (!value.startsWith(FACT_PREFIX)) return null;
  const id = value.slice(FACT_PREFIX.length).trim();
  return id === '' ? null : id;
}

/**
 * A pager button: `page:<command>:<page>`, with `:<text>` when the command was given one (the
 * mineral named). The command is run again on click, so the page is of the knowledge serving then.
 */
const PAGE_ID = /^page:([a-z0-9-]{1,32}):(\d{1,4})(?::([\s\S]*))?$/;

export function pageButtonId(command: string, page: number, text?: string): string | null {
  const id = `page:${command}:${page}${text === undefined ? '' : `:${text}`}`;
  return id.length <= MAX_CUSTOM_ID && PAGE_ID.test(id) ? id : null;
}

export function parsePageId(customId: string): { command: string; page: number; text?: string } | null {
  const m = PAGE_ID.exec(customId);
  if (!m) return null;
  return { command: m[1] as string, page: Number(m[2]), ...(m[3] === undefined || m[3] === '' ? {} : { text: m[3] }) };
}
