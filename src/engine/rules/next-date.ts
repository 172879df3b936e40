import { isoDateOf } from '../../knowledge/dates.js';
import { eventDateAnswer, eventSentence } from '../answers/event-date.js';
import { FEATURED } from '../featured.js';
import { namedSpecifically } from '../analysis/event-index.js';
import type { Rule } from './rule.js';

/** "What's the next milestone?", "next key date on the calendar?": the next dated event, whatever it is. */
const ASKS_NEXT_DATE = /\b(?:next|upcoming|coming|following) (?:big |key |important |major |hard |official )?(?:milestone|milestones|deadline|deadlines|date|dates|due date|cut ?off|event on the (?:calendar|timeline)|thing on the (?:calendar|timeline))\b|\bwhat(?:s| is)? next on the (?:calendar|timeline)\b|\bany (?:more|further|other) (?:deadlines|dates|milestones) (?:coming|ahead|scheduled|set)\b/;

/**
 * The next dated event on record after the day asked, counted from that day; when none lies ahead,
 * that no further date is set, with the last one passed and what is on record since. An event named
 * that is still ahead is the event-date rule's.
 */
export const nextDate: Rule = {
  name: 'next-date',
  answer(analysis, ctx, now) {
    if (!ASKS_NEXT_DATE.test(analysis.words.join(' ')) || analysis.mentions.some((m) => m.ref.kind !== 'glossary')) return null;
    const today = isoDateOf(now);
    // "The comment period closed yesterday: what's the next milestone?" names a day behind us as the setting.
    // Words shared with it ("the comment PERIOD closed") are its, not a second event's still ahead.
    const past = new Set(analysis.events.filter((m) => m.event.date < today).flatMap((m) => [...m.named]));
    if (analysis.events.some((m) => namedSpecifically(m) && m.event.date >= today && ![...m.named].some((t) => past.has(t)))) return null;
    const dated = ctx.kb.events.filter((e) => e.timeline).sort((a, b) => a.date.localeCompare(b.date));
    const next = dated.find((e) => e.date >= today);
    if (next) {
      const fact = next.explainedBy ? ctx.kb.factById.get(next.explainedBy) : undefined;
      return eventDateAnswer(ctx.kb, { title: next.title, lead: `The next date on record: ${eventSentence(next, now)}`, events: [next], related: fact ? ctx.related.forFact(fact) : [] }, now);
    }
    const last = dated.at(-1);
    const after = ctx.kb.factById.get(FEATURED.afterWindow);
    if (!last) return null;
    return eventDateAnswer(ctx.kb, { title: 'No further date on record', lead: `No further date is set in the sources. The latest one on record: ${eventSentence(last, now)}`, events: [last], related: after ? ctx.related.forFact(after) : [], ...(after ? { explanation: after } : {}) }, now);
  },
};
