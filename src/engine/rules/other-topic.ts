import { missAnswer } from '../answers/miss.js';
import { otherTopicsOf } from '../lexicon/other-topics.js';
import { closeQuestions } from './decline.js';
import type { Rule } from './rule.js';

/** Words of this proclamation's own subject: a question that has them asks about it too. */
const ABOUT_OURS = /\b(?:tariffs?|tarrifs?|tarifs?|duty|duties|232|section 232|quotas?|proclamation|procl|proc|11001|pcmdps?|negotiations?|talks|critical minerals?|price floors?|floor prices?|minimum (?:import )?prices?|reference prices?)\b/;

/**
 * "Cheapest way to ship lithium batteries by UPS?", "how do I get an EPA permit for a recycling
 * yard?": another subject, declined with a sentence that says so rather than answered with what
 * the proclamation does to the goods named. A question that also asks about the proclamation is
 * left to the rules that split it, so its other part is declined on its own.
 */
export const otherTopic: Rule = {
  name: 'other-topic',
  answer(analysis, ctx) {
    const words = analysis.words.join(' ');
    const topics = otherTopicsOf(words);
    if (topics.length === 0 || ABOUT_OURS.test(words)) return null;
    const named = topics.map((t) => t.name).join(' and ');
    return missAnswer(closeQuestions(analysis, ctx), 0, false, `That is about ${named}, which is outside what I cover: I answer questions about Proclamation 11001 only (Section 232, processed critical minerals).`);
  },
};
