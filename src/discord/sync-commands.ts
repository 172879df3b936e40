import { Routes, type REST } from 'discord.js';
import { diffCommands, isUpToDate, type CommandDefinition, type CommandDiff } from './command-diff.js';

export type RegistrationScope = { guildId: string } | 'global';

export type SyncResult = { registered: false; count: number } | ({ registered: true; count: number } & CommandDiff);

/**
 * Reads the commands Discord has and replaces them in one PUT only when they differ from ours, as
 * the discord.js guide advises (registration is rate-limited, and a needless PUT on every start
 * counts against it). One PUT replaces the whole list, so a command we dropped disappears too.
 * Guild commands update at once; global ones can take up to an hour to show everywhere.
 */
export async function syncCommands(rest: REST, clientId: string, scope: RegistrationScope, definitions: readonly CommandDefinition[]): Promise<SyncResult> {
  const route = scope === 'global' ? Routes.applicationCommands(clientId) : Routes.applicationGuildCommands(clientId, scope.guildId);
  const registered = await rest.get(route);
  const diff = diffCommands(Array.isArray(registered) ? registered : [], definitions);
  if (isUpToDate(diff)) return { registered: false, count: definitions.length };
  await rest.put(route, { body: definitions });
  return { registered: true, count: definitions.length, ...diff };
}

/** The one log line a sync gets, whichever way it went. */
export function describeSync(result: SyncResult, scope: RegistrationScope): { message: string; fields: Record<string, unknown> } {
  const where = scope === 'global' ? { scope: 'global' } : { guild: scope.guildId };
  if (!result.registered) return { message: 'slash commands already match Discord; nothing registered', fields: { ...where, commands: result.count } };
  const { added, removed, changed } = result;
  return { message: 'slash commands registered', fields: { ...where, commands: result.count, added, removed, changed } };
}
