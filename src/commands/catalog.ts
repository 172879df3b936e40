import { MAX_CHOICES } from '../engine/autocomplete.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { reload } from './reload.js';
import { defineCommand, type Command } from './spec.js';

const MAX_NAME = 100;

const deadline = defineCommand({
  name: 'deadline',
  description: 'When the negotiation window ends and what happens then, in your time zone',
  help: 'The 180-day negotiation deadline, where today stands against it, and what happens next.',
  options: [],
  access: 'everyone',
  shareable: true,
  run: (_values, { engine, now }) => engine.deadline(now),
});

const minerals = defineCommand({
  name: 'minerals',
  description: 'Which critical minerals are covered; name one to see its status',
  help: 'What the minerals side covers, or one mineral’s status on the 2025 list.',
  options: [
    {
      name: 'mineral',
      description: 'A mineral, e.g. copper or lithium (leave empty for the overview)',
      maxLength: MAX_NAME,
      suggest: (engine, partial) => engine.suggestMinerals(partial, MAX_CHOICES),
    },
  ],
  access: 'everyone',
  shareable: true,
  run: ({ mineral }, { engine, now }) => engine.minerals(mineral, now),
});

const agencies = defineCommand({
  name: 'agencies',
  description: 'Who does what under the proclamation; pick one agency or official for details',
  help: 'Who does what: Commerce, USTR, Homeland Security/CBP, the Department of War, the President and others.',
  options: [
    {
      name: 'agency',
      description: 'An agency or official (leave empty for the overview)',
      maxLength: MAX_NAME,
      choices: (engine) => engine.agencyChoices(),
    },
  ],
  access: 'everyone',
  shareable: true,
  run: ({ agency }, { engine, now }) => engine.agencies(agency, now),
});

const timeline = defineCommand({
  name: 'timeline',
  description: 'Key dates from the 2025 investigation to the end of the negotiation window',
  help: 'Every dated event, oldest first.',
  options: [],
  access: 'everyone',
  shareable: true,
  run: (_values, { engine, now }) => engine.timeline(now),
});

const glossary = defineCommand({
  name: 'glossary',
  description: 'What a term or abbreviation means (PCMDP, Section 232, USTR, …)',
  help: 'Definitions such as PCMDP, Section 232 or price floor.',
  options: [
    {
      name: 'term',
      description: 'The term or abbreviation',
      required: true,
      maxLength: MAX_NAME,
      missing: 'Please name a term, for example PCMDP or Section 232.',
      suggest: (engine, partial) => engine.suggestGlossary(partial, MAX_CHOICES),
    },
  ],
  access: 'everyone',
  shareable: true,
  run: ({ term }, { engine, now }) => engine.glossary(term, now),
});

const sources = defineCommand({
  name: 'sources',
  description: 'The documents behind the answers, and how current the knowledge is',
  help: 'The public documents behind the answers, official texts first, each with its link.',
  options: [],
  access: 'everyone',
  shareable: true,
  run: (_values, { engine, now }) => engine.sources(now),
});

const help = defineCommand({
  name: 'help',
  description: 'What this bot can answer and how to ask',
  help: 'This list.',
  options: [],
  access: 'everyone',
  shareable: false,
  run: (_values, { engine, now }) => engine.help(now),
});

/**
 * Every command, in the order /help lists them. Discord registration, option parsing, /help, the
 * console and `npm run ask` all derive from this list: adding a command is one entry here.
 */
export const COMMANDS: readonly Command[] = [ask, deadline, minerals, agencies, timeline, glossary, sources, help, about, reload];

const byName = new Map(COMMANDS.map((command) => [command.name, command]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}
