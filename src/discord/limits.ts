/**
 * Discord's documented message limits. Discord rejects a whole reply (HTTP 400) when any one is
 * exceeded, so the renderer enforces every one of them before anything is sent.
 */
export const MAX_CONTENT = 2000;

export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_EMBED_FOOTER = 2048;
/** Title, description, field names and values, footer and author together, across all embeds. */
export const MAX_EMBED_TOTAL = 6000;

/** The renderer needs four at most: source links, related facts, an overflow menu, a pager. */
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_BUTTON_LABEL = 80;
export const MAX_BUTTON_URL = 512;
export const MAX_CUSTOM_ID = 100;
export const MAX_SELECT_OPTIONS = 25;
export const MAX_SELECT_OPTION_LABEL = 100;
export const MAX_SELECT_OPTION_VALUE = 100;

export const MAX_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;
