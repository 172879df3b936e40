import type { SearchOutcome } from './search/question-search.js';
import { termsOf } from './text/analyze.js';

export type MetaIntent = 'help' | 'sources';

/** Questions about the bot itself rather than the proclamation: "what can you do?", "help". */
const ASKS_HELP = /^(?:help|help me|what can you do|what do you do|what do you know|what are you|who are you|how do (?:i|we) use (?:you|this|this bot|the bot)|how does this (?:bot )?work|commands|what commands are there)$/;

/** "What sources do you use?", "where does your information come from?" */
const NAMES_SOURCES = new Set(termsOf('source sources cite cites citation citations reference references'));
const ABOUT_SOURCES = new Set([...NAMES_SOURCES, ...termsOf('use used data information info come comes based list all your')]);

export function metaIntent(outcome: SearchOutcome): MetaIntent | null {
  const words = outcome.analysis.words.join(' ');
  if (ASKS_HELP.test(words)) return 'help';
  const terms = outcome.analysis.terms.map((t) => t.term);
  const asksOfTheBot = outcome.analysis.words.some((w) => w === 'you' || w === 'your');
  const aboutSources = terms.length > 0 && terms.every((t) => ABOUT_SOURCES.has(t));
  if (aboutSources && (asksOfTheBot || terms.some((t) => NAMES_SOURCES.has(t)))) return 'sources';
  return null;
}
