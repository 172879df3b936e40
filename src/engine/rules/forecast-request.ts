import { missAnswer } from '../answers/miss.js';
import { closeQuestions } from './decline.js';
import type { Rule } from './rule.js';

/** "Will lithium prices go up next year?", "should I buy mining stocks?": a forecast or a tip, not a fact. */
const ASKS_FORECAST = /\b(?:will|would|going to|gonna|expect|forecast|predict|prediction|outlook|think)\b.*\bprices?\b|\bprices?\b.*\b(?:next (?:year|month|quarter)|by 20\d\d|double|triple|spike|crash|forecast|go up|going up|rise|fall)\b|\b(?:invest|investing|investment|stocks?|shares|etf|portfolio)\b/;

/** A price the proclamation itself could set ("a minimum import price", "a price floor") is policy, not a market forecast. */
const POLICY_PRICE = /\b(?:minimum|min|floor|set|fixed|import) prices?\b|\bprice floors?\b/;

/**
 * Market forecasts and investment tips are declined: the sources hold no price data, and a guess
 * dressed as an answer is the worst thing this bot could give. A question about what the
 * proclamation does to prices is left to the rules that answer it.
 */
export const forecastRequest: Rule = {
  name: 'forecast-request',
  answer(analysis, ctx) {
    const words = analysis.words.join(' ');
    // "A supplier says prices go up because of 232 tariffs: is there such a tariff?" asks about the duty.
    if (analysis.namesProclamation || analysis.cues.has('duty') || !ASKS_FORECAST.test(words) || POLICY_PRICE.test(words)) return null;
    return missAnswer(closeQuestions(analysis, ctx), 0, false, 'I cannot forecast prices or give investment advice: I answer questions about Proclamation 11001 (Section 232, processed critical minerals) from cited facts.');
  },
};
