import { Routes, type REST } from 'discord.js';
import type { Engine } from '../engine/engine-api.js';
import { commandDefinitions } from './registry.js';

export type RegistrationScope = { guildId: string } | 'global';

/**
 * Replaces the application's commands in one PUT, so a command removed from the registry also
 * disappears from Discord. Guild commands update instantly; global ones can take up to an hour.
 */
export async function registerCommands(rest: REST, clientId: string, scope: RegistrationScope, engine: Engine): Promise<number> {
  const route = scope === 'global' ? Routes.applicationCommands(clientId) : Routes.applicationGuildCommands(clientId, scope.guildId);
  const body = commandDefinitions(engine);
  await rest.put(route, { body });
  return body.length;
}
