import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import type { Answer } from '../answer.js';
import { aboutTheBot } from './about-the-bot.js';
import { compareTerms } from './compare-terms.js';
import { datesWeighed } from './dates-weighed.js';
import { decline } from './decline.js';
import { dutyStatus } from './duty-status.js';
import { emptyQuestion } from './empty-question.js';
import { eventDate } from './event-date.js';
import { eventsOnDay } from './events-on-day.js';
import { figureCheck } from './figure-check.js';
import { firstAlternative } from './first-alternative.js';
import { forecastRequest } from './forecast-request.js';
import { mainMention } from './main-mention.js';
import { mineralAsCategory } from './mineral-as-category.js';
import { multiPart } from './multi-part.js';
import { namedEntity } from './named-entity.js';
import { nextDate } from './next-date.js';
import { numbersOnly } from './numbers-only.js';
import { opinionRequest } from './opinion-request.js';
import { officeHolder } from './office-holder.js';
import { otherTopic } from './other-topic.js';
import { otherTradeAction } from './other-trade-action.js';
import { questionInContext } from './question-in-context.js';
import { rankedFact } from './ranked-fact.js';
import { roleCheck } from './role-check.js';
import { signerCheck } from './signer-check.js';
import { taskRequest } from './task-request.js';
import { unknownOutcome } from './unknown-outcome.js';
import { watchList } from './watch-list.js';
import { whoDoes } from './who-does.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * Every intent, in the order they are tried. Earlier rules are the surer readings: nothing to read,
 * questions about the bot, requests for other work, forecasts or opinions, another trade action or another subject, several questions at once, a question after
 * scene-setting sentences, then the composed
 * answers (a person for an office, a name put up as the signer, how the talks turned out, the next date, what happened on a day, a date, two dates weighed, a comparison, a duty question, a watch list, whether the one named does a task), an entity named on its
 * own, who does what the question names, figures put up for checking, the best-ranking fact, the first half of an either-or
 * question that found no answer whole, and last the honest decline,
 * which always answers.
 */
export const RULES: readonly Rule[] = [
  emptyQuestion,
  aboutTheBot,
  numbersOnly,
  taskRequest,
  forecastRequest,
  opinionRequest,
  otherTradeAction,
  otherTopic,
  multiPart,
  questionInContext,
  officeHolder,
  signerCheck,
  unknownOutcome,
  nextDate,
  eventsOnDay,
  eventDate,
  datesWeighed,
  compareTerms,
  dutyStatus,
  watchList,
  roleCheck,
  namedEntity,
  whoDoes,
  figureCheck,
  rankedFact,
  mineralAsCategory,
  mainMention,
  firstAlternative,
  decline,
];

/**
 * The first rule's answer, named after the rule that gave it. A rule that passes on an answer the
 * registry gave to part of the question names it itself ("question-in-context/duty-status").
 */
export function answerWithRules(analysis: QuestionAnalysis, ctx: RuleContext, now: Date, skip: ReadonlySet<string> = new Set()): Answer {
  for (const rule of RULES) {
    if (skip.has(rule.name)) continue;
    const answer = rule.answer(analysis, ctx, now);
    if (answer) return answer.intent === answer.kind ? { ...answer, intent: rule.name } : answer;
  }
  throw new Error('the decline rule always answers; it must stay last in RULES');
}
