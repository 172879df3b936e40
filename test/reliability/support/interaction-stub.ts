import { PermissionsBitField, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';

/**
 * Just the part of a discord.js interaction the command handlers read (options, permissions), so
 * property tests can run thousands of inputs through the real handlers and renderer in seconds.
 * The e2e tests cover the same handlers behind the real client.
 */
export interface StubOptions {
  strings?: Record<string, string>;
  booleans?: Record<string, boolean>;
  mentionUserId?: string;
  permissions?: bigint;
}

function resolver({ strings = {}, booleans = {}, mentionUserId }: StubOptions, focused = '', focusedName = '') {
  return {
    getString(name: string, required = false): string | null {
      const value = strings[name];
      if (value === undefined && required) throw new TypeError(`stub: required option ${name} missing`);
      return value ?? null;
    },
    getBoolean: (name: string): boolean | null => booleans[name] ?? null,
    getUser: (name: string) => (name === 'mention' && mentionUserId !== undefined ? { id: mentionUserId } : null),
    getFocused: (full = false) => (full ? { name: focusedName, value: focused } : focused),
  };
}

export function commandStub(options: StubOptions = {}): ChatInputCommandInteraction {
  const memberPermissions = options.permissions === undefined ? null : new PermissionsBitField(options.permissions);
  return { options: resolver(options), memberPermissions } as unknown as ChatInputCommandInteraction;
}

export function autocompleteStub(focused: string, option: string): AutocompleteInteraction {
  return { options: resolver({}, focused, option) } as unknown as AutocompleteInteraction;
}
