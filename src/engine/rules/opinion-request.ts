import { missAnswer } from '../answers/miss.js';
import { closeQuestions } from './decline.js';
import type { Rule } from './rule.js';

/** "Do you think the tariff strategy is good for the economy?": a judgement asked of the bot. */
const ASKS_OPINION =
  /\b(?:in your (?:opinion|view)|your (?:opinion|view|take|thoughts|gut)|what do you (?:think|reckon|make) (?:of|about)|do you (?:think|reckon|feel|believe) (?:\w+ ){0,8}(?:good|bad|smart|wise|fair|right|wrong|mistake|worth|better|worse|helps?|hurts?)|(?:good|bad|better|worse) (?:idea|move|policy|strategy|call|for (?:the )?(?:economy|america|us manufacturing|manufacturing|business|jobs|consumers)))\b/;

/**
 * Opinions and judgements of policy are declined: the sources report what was decided and what
 * others said about it, and a verdict of the bot's own would be a guess dressed as an answer.
 */
export const opinionRequest: Rule = {
  name: 'opinion-request',
  answer(analysis, ctx) {
    if (!ASKS_OPINION.test(analysis.typed.join(' '))) return null;
    return missAnswer(closeQuestions(analysis, ctx), 0, false, 'I do not give opinions on policy: I answer questions about Proclamation 11001 (Section 232, processed critical minerals) from cited facts, including what officials and the press have said about it.');
  },
};
