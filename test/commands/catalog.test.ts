import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../src/commands/catalog.js';
import { PoliteRefusal } from '../../src/commands/refusal.js';
import { describeCall, runCommand } from '../../src/commands/run.js';
import { parseValues, usage, type Command } from '../../src/commands/spec.js';
import { commandDefinitions } from '../../src/discord/registry.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const engine = createEngine(loadKnowledge());
const now = new Date('2026-12-01T12:00:00Z');
const ctx = { engine, now };
const command = (name: string): Command => {
  const found = findCommand(name);
  if (!found) throw new Error(`no /${name}`);
  return found;
};
const run = (name: string, raw: Record<string, string> = {}) => runCommand(command(name), parseValues(command(name), raw), ctx);

describe('the command catalog', () => {
  it('lists every command in /help, whether asked by command or in words', async () => {
    const usages = COMMANDS.map(usage);
    expect((await run('help')).fields.map((f) => f.name)).toEqual(usages);
    expect((await run('ask', { question: 'what can you do?' })).fields.map((f) => f.name)).toEqual(usages);
  });

  it('lets every answering command be shared, and only server managers reload', () => {
    expect(COMMANDS.filter((c) => c.shareable).map((c) => c.name)).toEqual(['ask', 'deadline', 'minerals', 'agencies', 'timeline', 'glossary', 'sources']);
    expect(COMMANDS.filter((c) => c.access === 'managers').map((c) => c.name)).toEqual(['reload']);
    const reload = commandDefinitions(engine).find((d) => d.name === 'reload');
    expect(reload).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(reload?.options).toBeUndefined();
  });

  it('opens a picked suggestion by its value: a fact, a mineral, a term or an agency', async () => {
    expect((await run('ask', { question: 'fact:window-end-date' })).factIds).toEqual(['window-end-date']);
    await expect(run('ask', { question: 'mineral:copper' })).resolves.toMatchObject({ kind: 'mineral', title: 'Copper (Cu)' });
    await expect(run('ask', { question: 'term:price-floor' })).resolves.toMatchObject({ kind: 'glossary', title: 'Price floor' });
    await expect(run('ask', { question: 'agency:ustr' })).resolves.toMatchObject({ kind: 'agency' });
    const [first] = engine.suggestQuestions('tarif', 25);
    expect((await run('ask', { question: first?.name ?? '' })).factIds).toEqual(['no-tariff-now']);
  });

  it('refuses politely a pick that no longer exists, and an empty required option', async () => {
    for (const question of ['fact:gone-since', 'mineral:unobtainium', 'term:nothing-like-it']) await expect(run('ask', { question })).rejects.toThrow(PoliteRefusal);
    expect(() => run('glossary', { term: '   ' })).toThrow('Please name a term, for example PCMDP or Section 232.');
    await expect(run('reload')).rejects.toThrow('cannot reload');
  });

  it('trims values, cuts them to the option’s length, and reads empty as absent', () => {
    expect(parseValues(command('minerals'), { mineral: '  copper  ' })).toEqual({ mineral: 'copper' });
    expect(parseValues(command('minerals'), { mineral: '   ' })).toEqual({ mineral: undefined });
    expect(parseValues(command('ask'), { question: 'x'.repeat(1000) }).question).toHaveLength(300);
  });

  it('logs an unanswered call as the question itself, or the command and its words', () => {
    expect(describeCall(command('ask'), { question: 'what about bananas?' })).toBe('what about bananas?');
    expect(describeCall(command('minerals'), { mineral: 'unobtainium' })).toBe('/minerals unobtainium');
    expect(describeCall(command('deadline'), {})).toBeUndefined();
  });
});
