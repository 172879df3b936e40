import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/**
 * Whether the commands Discord holds are the ones we would register, compared field by field on
 * what we send. Discord answers with ids, versions and defaults filled in (type 1, nsfw false,
 * required false, null for absent localizations), so each side is reduced to the same canonical
 * form first; fields we never send (contexts, integration types, localizations) are compared only
 * when our definition sets them.
 */

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

type Json = Record<string, unknown>;

const OPTIONAL_COMMAND_FIELDS = ['contexts', 'integration_types', 'name_localizations', 'description_localizations', 'dm_permission'];
const OPTION_BOUNDS = ['min_value', 'max_value', 'min_length', 'max_length'];
const OPTIONAL_OPTION_FIELDS = ['name_localizations', 'description_localizations'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const orNull = (value: unknown): unknown => (value === undefined ? null : value);

function canonicalChoice(choice: unknown): Json {
  const c = isObject(choice) ? choice : {};
  return { name: c.name, value: c.value };
}

/** `template` is our side of the same option: it decides which optional fields count. */
function canonicalOption(option: unknown, template: Json | undefined): Json {
  const o = isObject(option) ? option : {};
  const out: Json = {
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: list(o.choices).map(canonicalChoice),
    channel_types: list(o.channel_types),
  };
  for (const key of OPTION_BOUNDS) out[key] = orNull(o[key]);
  for (const key of OPTIONAL_OPTION_FIELDS) if (template?.[key] !== undefined) out[key] = orNull(o[key]);
  const templates = list(template?.options).filter(isObject);
  out.options = list(o.options).map((inner, i) => canonicalOption(inner, templates[i]));
  return out;
}

function canonicalCommand(command: unknown, template: Json): string {
  const c = isObject(command) ? command : {};
  const templates = list(template.options).filter(isObject);
  const out: Json = {
    name: c.name,
    description: c.description,
    type: c.type ?? 1,
    default_member_permissions: orNull(c.default_member_permissions),
    nsfw: c.nsfw ?? false,
    options: list(c.options).map((option, i) => canonicalOption(option, templates[i])),
  };
  for (const key of OPTIONAL_COMMAND_FIELDS) if (template[key] !== undefined) out[key] = orNull(c[key]);
  return JSON.stringify(out);
}

/** Compares by name; the order of commands does not matter to Discord, the order of options does. */
export function diffCommands(remote: readonly unknown[], ours: readonly CommandDefinition[]): CommandDiff {
  const theirs = new Map(remote.filter(isObject).map((c) => [String(c.name), c]));
  const mine = new Map(ours.map((c) => [c.name, c as unknown as Json]));
  const diff: CommandDiff = { added: [], removed: [], changed: [] };
  for (const [name, definition] of mine) {
    const registered = theirs.get(name);
    if (registered === undefined) diff.added.push(name);
    else if (canonicalCommand(registered, definition) !== canonicalCommand(definition, definition)) diff.changed.push(name);
  }
  for (const name of theirs.keys()) if (!mine.has(name)) diff.removed.push(name);
  return diff;
}

export const isUpToDate = (diff: CommandDiff): boolean => diff.added.length + diff.removed.length + diff.changed.length === 0;
