import { isoDateOf } from '../../knowledge/dates.js';
import { baseAnswer } from '../answers/base.js';
import { latestDevelopment } from '../answers/duty-status.js';
import { eventSentence } from '../answers/event-date.js';
import { tensed } from '../answers/in-tense.js';
import { citeSources } from '../cite.js';
import { windowEnd } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import { termsOf } from '../text/analyze.js';
import type { Mention } from '../entities.js';
import type { Rule } from './rule.js';

/**
 * "What should we be watching?", "what should our compliance team do now?": what to watch, from
 * the knowledge, with the dates still ahead of `now` (or the last one passed) and the latest
 * development on record. Questions naming goods or a country are the duty rule's.
 */
/** Glossary terms that are part of how people name the proclamation ("the critical minerals 232", "the critical minerals thing"). */
const PROCLAMATION_NAME_TERMS = new Set(['critical-mineral', 'processed-critical-mineral', 'section-232', 'pcmdp']);
const ASKING = new Set(termsOf('recommend recommendation advice advise suggest watch watching track tracking monitor next steps prepare'));

/** The least a fact must score on the question's words for advice to be about this matter. */
const MIN_TOPIC_SCORE = 0.2;

export const watchList: Rule = {
  name: 'watch-list',
  answer(analysis, ctx, now) {
    const { cues } = analysis;
    // "What should I eat?" asks advice too; only advice about this matter, in the knowledge's words, is a watch list.
    // The asking words themselves ("recommend", "watch") say nothing of what the advice is about.
    const topic = analysis.query.filter((q) => !ASKING.has(q.term));
    const known = topic.filter((q) => q.known).length / Math.max(1, topic.length);
    // Known words alone can be everyday ones ("a good place near the office"): some fact must also speak of them.
    const spokenOf = (analysis.ranked[0]?.score ?? 0) >= MIN_TOPIC_SCORE;
    const aboutThis = analysis.namesProclamation || cues.has('importer') || cues.has('duty') || (topic.length > 0 && known > 0.5 && spokenOf);
    // "Who keeps an eye on imports?" asks who monitors, not what to watch; "the alerts lead with
    // 'no tariff'. Why talks?" asks for a reason.
    if (!(cues.has('watch') || cues.has('advice')) || !aboutThis || analysis.aspects.has('who') || analysis.aspects.has('why')) return null;
    // "On the crit minerals 232, what should we watch?": the terms in the proclamation's own name name nothing else.
    // An importer's own goods ("what should an importer of rare earth oxides do?") are who asks, not a topic of their own.
    const goods = (m: Mention) => m.ref.kind === 'mineral' || m.ref.kind === 'product';
    // A glossary term read from the same words as goods ("magnets") names those goods, nothing more.
    const sameWords = (m: Mention) => analysis.mentions.some((o) => o !== m && goods(o) && o.start < m.end && m.start < o.end);
    const ownGoods = (m: Mention) => cues.has('importer') && (goods(m) || (m.ref.kind === 'glossary' && sameWords(m)));
    // "What happens next with the critical minerals thing?" names the proclamation by its subject alone.
    const named = analysis.mentions.filter((m) => !(m.ref.kind === 'glossary' && PROCLAMATION_NAME_TERMS.has(m.ref.id)) && !ownGoods(m));
    if (named.length > 0 || analysis.countries.length > 0 || analysis.events.length > 1) return null;
    const fact = ctx.kb.factById.get(FEATURED.whatToWatch);
    if (!fact) return null;
    const today = isoDateOf(now);
    const ahead = ctx.kb.events.filter((e) => e.timeline && e.date >= today).slice(0, 3);
    const end = windowEnd(ctx.kb);
    const dates =
      ahead.length > 0
        ? `Dates ahead:\n${ahead.map((e) => `• ${eventSentence(e, now)}`).join('\n')}`
        : `No further date is set in what I know. ${end ? eventSentence(end, now) : ''}`.trim();
    const latest = latestDevelopment(ctx.kb, now);
    const text = [tensed(ctx.kb, fact.answer, now), dates, ...(latest ? [`Latest on record: ${eventSentence(latest, now)}`] : [])].join('\n\n');
    const shown = ahead.length > 0 ? ahead : end ? [end] : [];
    return {
      ...baseAnswer('composed', fact.title, text),
      factIds: [fact.id],
      sources: citeSources(ctx.kb, [...fact.sources, ...shown.flatMap((e) => e.sources)], 4),
      related: ctx.related.forFact(fact),
      dates: shown.map((e) => ({ label: e.title, date: e.date })),
    };
  },
};
