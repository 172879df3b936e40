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

/** The fact id behind a `fact:<id>` custom id or autocomplete value; null for anything else. */
export function parseFactId(value: string): string | null {
  if (!value.startsWith(FACT_PREFIX)) return null;
  const id = value.slice(FACT_PREFIX.length).trim();
  return id === '' ? null : id;
}
