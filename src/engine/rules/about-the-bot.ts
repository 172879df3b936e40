import { helpAnswer } from '../answers/help.js';
import { sourcesAnswer } from '../answers/sources.js';
import { termsOf } from '../text/analyze.js';
import type { Rule } from './rule.js';

/** Questions about the bot itself rather than the proclamation: "what can you do?", "help". */
const ASKS_HELP = /^(?:help|help me|what can you do|what do you do|what do you know|what are you|who are you|how do (?:i|we) use (?:you|this|this bot|the bot)|how does this (?:bot )?work|commands|what commands are there)$/;

/** "What sources do you use?", "where does your information come from?" */
const NAMES_SOURCES = new Set(termsOf('source sources cite cites citation citations reference references'));
const ABOUT_SOURCES = new Set([...NAMES_SOURCES, ...termsOf('use used data information info come comes based list all your')]);

export const aboutTheBot: Rule = {
  name: 'about-the-bot',
  answer(analysis, ctx) {
    if (ASKS_HELP.test(analysis.words.join(' '))) return helpAnswer(ctx.kb);
    const terms = analysis.terms.map((t) => t.term);
    const asksOfTheBot = analysis.words.some((w) => w === 'you' || w === 'your');
    const aboutSources = terms.length > 0 && terms.every((t) => ABOUT_SOURCES.has(t));
    return aboutSources && (asksOfTheBot || terms.some((t) => NAMES_SOURCES.has(t))) ? sourcesAnswer(ctx.kb) : null;
  },
};
