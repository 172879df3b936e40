import { describe, expect, test } from 'vitest';
import { diffCommands, isUpToDate, type CommandDefinition } from '../../src/discord/command-diff.js';
import { commandDefinitions } from '../../src/discord/registry.js';
import { engineDouble } from '../support/engine-double.js';
import { asRegistered } from '../support/fake-discord.js';

/** What Discord sends back for one of our definitions (GET …/commands), defaults and ids filled in. */
function asDiscordReturnsIt(definition: CommandDefinition): Record<string, unknown> {
  return { id: '1344444444444444444', application_id: '1244444444444444444', version: '1444444444444444444', ...asRegistered(structuredClone(definition) as unknown as Record<string, unknown>) };
}

const ours = commandDefinitions(engineDouble());
const byName = (name: string): CommandDefinition => ours.find((c) => c.name === name) as CommandDefinition;

describe('diffCommands', () => {
  test('our own commands as Discord returns them are up to date, in any order', () => {
    const diff = diffCommands([...ours].reverse().map(asDiscordReturnsIt), ours);
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
    expect(isUpToDate(diff)).toBe(true);
  });

  test('a new, a dropped and a changed command are each named', () => {
    const remote = ours.filter((c) => c.name !== 'about').map(asDiscordReturnsIt);
    remote.push(asDiscordReturnsIt({ name: 'vote', description: 'An old command' }));
    const help = remote.find((c) => c.name === 'help') as Record<string, unknown>;
    help.description = 'Old wording';
    expect(diffCommands(remote, ours)).toEqual({ added: ['about'], removed: ['vote'], changed: ['help'] });
  });

  test('what a user would notice counts: option order, a choice, required, autocomplete, the default permission', () => {
    const variants: [string, (c: Record<string, any>) => void][] = [
      ['ask', (c) => c.options.reverse()],
      ['agencies', (c) => (c.options[0].choices[0].name = 'Renamed agency')],
      ['ask', (c) => delete c.options[0].required],
      ['ask', (c) => (c.options[0].autocomplete = false)],
      ['reload', (c) => (c.default_member_permissions = null)],
    ];
    for (const [name, change] of variants) {
      const remote = ours.map(asDiscordReturnsIt) as Record<string, any>[];
      change(remote.find((c) => c.name === name) as Record<string, any>);
      expect(diffCommands(remote, ours), `${name}: ${change.toString()}`).toEqual({ added: [], removed: [], changed: [name] });
    }
  });

  test('fields we never set are not compared, but one we set is', () => {
    const remote = ours.map(asDiscordReturnsIt) as Record<string, any>[];
    for (const c of remote) c.integration_types = [0, 1];
    expect(isUpToDate(diffCommands(remote, ours))).toBe(true);
    expect(byName('reload').contexts).toEqual([0]);
    (remote.find((c) => c.name === 'reload') as Record<string, any>).contexts = [0, 1, 2];
    expect(diffCommands(remote, ours).changed).toEqual(['reload']);
  });
});
