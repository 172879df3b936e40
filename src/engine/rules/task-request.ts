import { missAnswer } from '../answers/miss.js';
import { closeQuestions } from './decline.js';
import type { Rule } from './rule.js';

/** "Write me a python script…", "fix my regex", "tell me a joke", "recommend a good bot": a task, not a question the knowledge answers. */
const ASKS_FOR_WORK = /\b(?:write|generate|create|draft|compose|code|build|make|program|implement|fix|debug|refactor|troubleshoot)\b(?: (?:me|us|a|an|the|some))*\b.*\b(?:script|scripts|program|code|function|app|application|poem|song|story|essay|joke|regex|regexes|python|javascript|sql|query|spreadsheet|macro|email|letter|tweet|post|slides?|website|bot)\b|\b(?:tell|give|share) (?:me |us )?(?:a |an |another |some |your best )?(?:joke|jokes|riddle|riddles|pun|puns|fun fact|limerick|haiku)\b|\b(?:recommend|suggest)\b (?:me |us )?(?:a |an |some |any |the best |a good |good )(?:\w+ ){0,2}(?:bot|bots|app|apps|tool|tools|software|platform|service|plugin|extension|restaurant|restaurants|book|books|laptop|vendor)\b/;

/** Requests to produce something (code, a letter, a poem) are declined politely, whatever words of the topic they use. */
export const taskRequest: Rule = {
  name: 'task-request',
  answer(analysis, ctx) {
    if (!ASKS_FOR_WORK.test(analysis.typed.join(' '))) return null;
    return missAnswer(closeQuestions(analysis, ctx), 0, false, 'I answer questions about Proclamation 11001 (Section 232, processed critical minerals) from cited facts; I do not write code, letters, jokes or other content, or recommend products.');
  },
};
