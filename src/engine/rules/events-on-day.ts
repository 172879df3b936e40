import { formatMonthDay } from '../../knowledge/dates.js';
import { dateLiterals, isDayOf, type DateLiteral } from '../analysis/date-literals.js';
import { eventDateAnswer, eventSentence } from '../answers/event-date.js';
import { residualShare } from '../analysis/question-analysis.js';
import { termsOf } from '../text/analyze.js';
import type { Rule } from './rule.js';

/** "What happened on Feb 26 2026?", "anything on January 20?", "what's the significance of July 13?" */
const ASKS_WHAT_HAPPENED = /\bwhat (?:happened|happens|happening|was|is|took place|went on|occurred|came out)\b|\b(?:anything|something) (?:happen|happened|going on|on)\b|\bsignifican\w*\b|\bwhy (?:is|was) \w+ \d{1,2}\b/;

/** Words a question about a day uses besides the day: what it asks is what the day holds, nothing more. */
const ABOUT_THE_DAY = new Set(termsOf('happen happened happening happens significance significant story proclamation 11001 critical minerals take took place occur occurred go went on come came out anything something day date this that'));

const dayName = (literal: DateLiteral) => `${formatMonthDay(literal.month, literal.day)}${literal.year === undefined ? '' : `, ${literal.year}`}`;

/**
 * "What happened Feb 26 2026 in this story?": the dated events that fall on the one day the
 * question writes out, in order, each counted from the day asked. A day with none on record is
 * left to the other rules, which may know it by another name.
 */
export const eventsOnDay: Rule = {
  name: 'events-on-day',
  answer(analysis, ctx, now) {
    const literals = dateLiterals(analysis.terms);
    const [day] = literals;
    if (!day || literals.length > 1 || analysis.relations.size > 0 || !ASKS_WHAT_HAPPENED.test(analysis.words.join(' '))) return null;
    // "What was said about the EU on Feb 4?", "USTR's Feb 26 notice, what was it?" ask about one thing that day: a fact's job.
    if (residualShare(analysis, (t) => day.terms.includes(t) || ABOUT_THE_DAY.has(t)) > 0) return null;
    const events = ctx.kb.events.filter((e) => isDayOf(day, e.date)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    if (events.length === 0) return null;
    // Without a year, a day may fall in both years the story spans: each is told.
    const lead = events.map((e) => eventSentence(e, now)).join(' ');
    const title = events.length === 1 ? (events[0]?.title ?? dayName(day)) : `On ${dayName(day)}`;
    return eventDateAnswer(ctx.kb, { title, lead, events, related: [] }, now);
  },
};
