/**
 * Discord's request validation, written from the API documentation independently of
 * src/discord/limits.ts so that the fake server is an oracle and not a copy of the code under test.
 * Lengths are counted in code points, as Discord does.
 */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

type Json = Record<string, unknown>;

const len = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function maxLength(errors: FieldError[], path: string, value: unknown, max: number, min = 0): void {
  if (value === undefined || value === null) {
    if (min > 0) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') {
    errors.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
  } else if (len(value) > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  } else if (len(value) < min) {
    errors.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
  }
}

function maxItems(errors: FieldError[], path: string, value: unknown, max: number, min = 0): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push({ path, code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return [];
  }
  if (value.length > max) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  if (value.length < min) errors.push({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` });
  return value;
}

function validateEmbeds(errors: FieldError[], embeds: unknown): void {
  let total = 0;
  maxItems(errors, 'embeds', embeds, 10).forEach((embed, i) => {
    if (!isObject(embed)) return;
    const at = `embeds.${i}`;
    maxLength(errors, `${at}.title`, embed.title, 256);
    maxLength(errors, `${at}.description`, embed.description, 4096);
    total += len(embed.title) + len(embed.description);
    const footer = isObject(embed.footer) ? embed.footer : {};
    maxLength(errors, `${at}.footer.text`, footer.text, 2048, embed.footer ? 1 : 0);
    const author = isObject(embed.author) ? embed.author : {};
    maxLength(errors, `${at}.author.name`, author.name, 256, embed.author ? 1 : 0);
    total += len(footer.text) + len(author.name);
    maxItems(errors, `${at}.fields`, embed.fields, 25).forEach((field, j) => {
      if (!isObject(field)) return;
      maxLength(errors, `${at}.fields.${j}.name`, field.name, 256, 1);
      maxLength(errors, `${at}.fields.${j}.value`, field.value, 1024, 1);
      total += len(field.name) + len(field.value);
    });
  });
  if (total > 6000) errors.push({ path: 'embeds', code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
}

function validateComponents(errors: FieldError[], components: unknown): void {
  const customIds = new Set<string>();
  const customId = (path: string, id: unknown): void => {
    maxLength(errors, path, id, 100, 1);
    if (typeof id !== 'string') return;
    if (customIds.has(id)) errors.push({ path, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
    customIds.add(id);
  };
  maxItems(errors, 'components', components, 5).forEach((row, i) => {
    const at = `components.${i}`;
    if (!isObject(row) || row.type !== 1) {
      errors.push({ path: `${at}.type`, code: 'UNION_TYPE_CHOICES', message: 'Value must be an action row.' });
      return;
    }
    const children = maxItems(errors, `${at}.components`, row.components, 5, 1);
    const hasSelect = children.some((c) => isObject(c) && c.type !== 2);
    if (hasSelect && children.length !== 1) {
      errors.push({ path: `${at}.components`, code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'The specified component exceeds the maximum width' });
    }
    children.forEach((child, j) => {
      const c = `${at}.components.${j}`;
      if (!isObject(child)) return;
      if (child.type === 2) {
        maxLength(errors, `${c}.label`, child.label, 80);
        if (child.style === 5) {
          maxLength(errors, `${c}.url`, child.url, 512, 1);
          if (child.custom_id !== undefined) errors.push({ path: `${c}.custom_id`, code: 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', message: 'A link button cannot have a custom id' });
        } else if (child.style === 6) {
          maxLength(errors, `${c}.sku_id`, child.sku_id, 20, 1);
        } else if (typeof child.style === 'number' && child.style >= 1 && child.style <= 4) {
          customId(`${c}.custom_id`, child.custom_id);
        } else {
          errors.push({ path: `${c}.style`, code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2, 3, 4, 5, 6).' });
        }
      } else if (child.type === 3) {
        customId(`${c}.custom_id`, child.custom_id);
        maxLength(errors, `${c}.placeholder`, child.placeholder, 150);
        maxItems(errors, `${c}.options`, child.options, 25, 1).forEach((option, k) => {
          if (!isObject(option)) return;
          maxLength(errors, `${c}.options.${k}.label`, option.label, 100, 1);
          maxLength(errors, `${c}.options.${k}.value`, option.value, 100, 1);
          maxLength(errors, `${c}.options.${k}.description`, option.description, 100);
        });
      } else if (![5, 6, 7, 8].includes(child.type as number)) {
        errors.push({ path: `${c}.type`, code: 'UNION_TYPE_CHOICES', message: 'Value must be a message component.' });
      }
    });
  });
}

function validateAllowedMentions(errors: FieldError[], mentions: unknown): void {
  if (mentions === undefined) return;
  if (!isObject(mentions)) {
    errors.push({ path: 'allowed_mentions', code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' });
    return;
  }
  const parse = maxItems(errors, 'allowed_mentions.parse', mentions.parse, 3);
  for (const p of parse) {
    if (!['users', 'roles', 'everyone'].includes(p as string)) errors.push({ path: 'allowed_mentions.parse', code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (roles, users, everyone).' });
  }
  maxItems(errors, 'allowed_mentions.users', mentions.users, 100);
  if (parse.includes('users') && Array.isArray(mentions.users) && mentions.users.length > 0) {
    errors.push({ path: 'allowed_mentions', code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message: 'parse:["users"] and users: [ids] are mutually exclusive.' });
  }
}

const ALLOWED_FLAGS = 4 | 64 | 4096 | 32768;

/** A message body (callback data, edit, follow-up). `empty` is Discord's 50006 case. */
export function validateMessage(data: unknown, options: { requireContent: boolean }): { errors: FieldError[]; empty: boolean } {
  const errors: FieldError[] = [];
  if (!isObject(data)) return { errors: [{ path: '', code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }], empty: false };
  maxLength(errors, 'content', data.content, 2000);
  validateEmbeds(errors, data.embeds);
  validateComponents(errors, data.components);
  validateAllowedMentions(errors, data.allowed_mentions);
  if (data.flags !== undefined && (typeof data.flags !== 'number' || (data.flags & ~ALLOWED_FLAGS) !== 0)) {
    errors.push({ path: 'flags', code: 'MESSAGE_FLAGS_INVALID', message: 'Invalid message flags' });
  }
  const hasSomething =
    len(data.content) > 0 ||
    (Array.isArray(data.embeds) && data.embeds.length > 0) ||
    (Array.isArray(data.components) && data.components.length > 0);
  return { errors, empty: options.requireContent && !hasSomething };
}

export function validateChoices(data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const choices = isObject(data) ? data.choices : undefined;
  maxItems(errors, 'choices', choices, 25).forEach((choice, i) => {
    if (!isObject(choice)) return;
    maxLength(errors, `choices.${i}.name`, choice.name, 100, 1);
    if (typeof choice.value === 'string') maxLength(errors, `choices.${i}.value`, choice.value, 100, 1);
    else if (typeof choice.value !== 'number') errors.push({ path: `choices.${i}.value`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  });
  return errors;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function validateOptions(errors: FieldError[], at: string, options: unknown): void {
  const names = new Set<string>();
  let optionalSeen = false;
  maxItems(errors, `${at}.options`, options, 25).forEach((option, i) => {
    const o = `${at}.options.${i}`;
    if (!isObject(option)) return;
    if (typeof option.name !== 'string' || !COMMAND_NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
      errors.push({ path: `${o}.name`, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    } else if (names.has(option.name)) {
      errors.push({ path: `${o}.name`, code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Command option names must be unique' });
    } else names.add(option.name);
    maxLength(errors, `${o}.description`, option.description, 100, 1);
    if (option.required === true && optionalSeen) {
      errors.push({ path: `${o}.required`, code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
    }
    if (option.required !== true) optionalSeen = true;
    if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
      errors.push({ path: `${o}.autocomplete`, code: 'AUTOCOMPLETE_CHOICES_MUTUALLY_EXCLUSIVE', message: 'Autocomplete cannot be set with choices' });
    }
    maxItems(errors, `${o}.choices`, option.choices, 25).forEach((choice, j) => {
      if (!isObject(choice)) return;
      maxLength(errors, `${o}.choices.${j}.name`, choice.name, 100, 1);
      if (typeof choice.value === 'string') maxLength(errors, `${o}.choices.${j}.value`, choice.value, 100, 1);
    });
  });
}

export function validateCommands(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  maxItems(errors, '', body, 100).forEach((command, i) => {
    const at = String(i);
    if (!isObject(command)) return;
    if (typeof command.name !== 'string' || !COMMAND_NAME.test(command.name) || command.name !== command.name.toLowerCase()) {
      errors.push({ path: `${at}.name`, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    } else if (names.has(command.name)) {
      errors.push({ path: `${at}.name`, code: 'APPLICATION_COMMAND_ALREADY_EXISTS', message: 'Application command names must be unique' });
    } else names.add(command.name);
    maxLength(errors, `${at}.description`, command.description, 100, 1);
    validateOptions(errors, at, command.options);
  });
  return errors;
}

/** Discord's nested error body: {"data": {"embeds": {"0": {"title": {"_errors": [...]}}}}}. */
export function formErrorBody(prefix: string, errors: readonly FieldError[]): Json {
  const root: Json = {};
  for (const error of errors) {
    const keys = [prefix, ...error.path.split('.')].filter((k) => k !== '');
    let node = root;
    for (const key of keys) {
      node[key] ??= {};
      node = node[key] as Json;
    }
    const list = (node._errors ??= []) as unknown[];
    list.push({ code: error.code, message: error.message });
  }
  return { message: 'Invalid Form Body', code: 50035, errors: root };
}
