import { baseAnswer } from '../answers/base.js';
import { eventSentence, isOpen } from '../answers/event-date.js';
import { link } from '../answers/fact.js';
import { tensed } from '../answers/in-tense.js';
import { countryNote } from '../answers/duty-status.js';
import { citeSources } from '../cite.js';
import { WINDOW_END_EVENT, windowEnd } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import { namedSpecifically } from '../analysis/event-index.js';
import type { Rule } from './rule.js';

/** Words asking how something turned out: whether it happened, worked, was sent, reached, imposed. */
const ASKS_OUTCOME = /\b(?:did|has|have)\b.*\b(?:work|succeed|pan out|announce|impose|levy|put)\b|\banything (?:been )?(?:reported|announced|published|new)\b|\bany (?:news|word)\b|\b(?:did|has|have) (?:it|they|that|this|he)(?: (?:happen|come|arrive|materiali[sz]e))?$|\bstatus\b|\bprogress\b|\bhow (?:are|is) (?:the )?(?:talks|negotiations|it) going\b|\b(?:sign|reach|strike|conclude|land|get)\b (?:\w+ ){0,2}(?:agreements?|deals?)\b|\bnow that\b|\b(?:outcome|outcomes|result|results|worked|work out|end up|ended up|slap|slapped|slapping|kicked in|came in|succeed|succeeded|success|successful|happen|happened|happening|played out|play out|turned out|came of|come of|ever|sent|delivered|submitted|concluded|reached|signed|struck|entered into|followed|follow up|imposed|announced|adopted|put in place|introduced|replace|replaced|supersede|superseded|finali[sz]e|finali[sz]ed|make it|made it|pull it off|pulled it off|came through|went through|got done|not know|dont know|still unknown|unknown|open questions?)\b/;
/** "When was the update due?" asks for a date; "what happened when the window expired?" does not. */
const ASKS_DATE = /^(?:\w+ )?(?:when|what date|which date|by when)\b/;
/** "What has to happen within 180 days?" asks what the rule requires, not how things turned out. */
const RULE_OR_DUTY = /\b(?:has to|have to|had to|must|should (?:have|be)|supposed to|required|requires|need to|needs to|(?:is|are|was|were) (?:\w+ ){0,2}to be)\b/;
/** How things turned out, however little else the question names ("how did it play out?"). */
const TURNED_OUT = /\bdid\b.*\b(?:work|succeed|pan out)\b|\bstatus\b|\bprogress\b|\bgoing\b|\b(?:outcome|outcomes|result|results|worked|succeed|succeeded|successful|played out|turned out|came of|replace|replaced|supersede|superseded|last word|make it|made it|pull it off|pulled it off|not know|dont know|still unknown|open questions?)\b/;
/** Asked of the past: "were tariffs imposed?", not "are minimum import prices imposed now or later?". */
const PAST = /\b(?:did|was|were|has|have|had|ever|yet|since|so far|already|ended|end up|ended up|after|happened|worked|now that)\b/;
const ITSELF = /\b(?:proclamation|11001|it|order)\b (?:itself )?(?:impose|put|set|add|levy|create|establish)\b/;
/**
 * "Status?", "what do we actually know?", "did anyone sign a deal?": where things stood before the
 * outcome went unreported, too (the action plans are the nearest thing to a deal on record).
 */
const KNOWN_SO_FAR = /\b(?:status|know|known|so far|summary|overview|update|progress|agreements?|deals?|mou|action plans?)\b/;
/** "What happens now that the 180 days are up?": what followed, asked in the present. */
const NOW_THAT = /\bnow that\b.*\b(?:expired|over|passed|closed|ended|done|finished|lapsed)\b/;
/** "Which countries did they sign deals with?", "with whom?": who the partners were. */
const WHICH_PARTNERS = /\b(?:which|what) (?:countries|country|nations|partners)\b|\bwith whom\b|\bwho (?:did|has|have) (?:\w+ )?(?:sign|signed|strike|struck)\b/;
/** What such a question is about: the talks and what was to follow them. */
/** Words naming the talks themselves. */
const TALKS_WORDS = String.raw`talks|negotiations?|negotiators?|agreements?|deals?|update|report back|status report|mou|action plans?|ministerial|partners?`;
const TALKS = new RegExp(String.raw`\b(?:${TALKS_WORDS})\b`);
/** … and what their outcome decides. */
const ABOUT_THE_TALKS = new RegExp(String.raw`\b(?:${TALKS_WORDS}|tariffs?|minimum import prices?|deadline|window|july 13|180 days?|anything)\b`);

/** Counting from the signing, or from a month before the window closed. */
const SINCE_SIGNING = /\b(?:after|since) (?:the |this )?(?:proclamation|it was signed|it got signed|signing|it came out|january|jan)\b|\bin (?:feb|february|march|mar|april|apr|may|june|jun)\b/;

/**
 * "Did the talks work?", "was the 180-day update ever sent?", "did anything happen after the
 * deadline?": how the negotiations turned out. The knowledge records no outcome, and the honest
 * answer says so, with where the deadline stands on `now` and the last thing on record. Before the
 * deadline, the answer says it is still to come.
 */
export const unknownOutcome: Rule = {
  name: 'unknown-outcome',
  answer(analysis, ctx, now) {
    const words = analysis.words.join(' ');
    const { aspects } = analysis;
    const aboutTheTalks = ABOUT_THE_TALKS.test(words) || analysis.cues.has('duty') || (/\bproclamation\b/.test(words) && TURNED_OUT.test(words));
    if (!ASKS_OUTCOME.test(words) || !aboutTheTalks || !(PAST.test(words) || TURNED_OUT.test(words))) return null;
    // "What happens if talks fail?" asks about a rule, "when was the update due?" about a date.
    // "Did the proclamation impose any duties?" asks what it did itself, not how the talks ended.
    if (ITSELF.test(words)) return null;
    // "What happened after the procl in Feb?", "anything since it was signed?": the record since signing, which a fact tells.
    if (SINCE_SIGNING.test(words) && !/\b(?:deadline|180|july|jul|window|talks|negotiations?)\b/.test(words)) return null;
    // "Which offices are responsible for updating the President on the status of the talks?" asks who, not how it went.
    if (aspects.has('who') && !WHICH_PARTNERS.test(words) && !PAST.test(words)) return null;
    // "Could they end up setting minimum prices?" asks what may come, not how things turned out.
    if (/^(?:\w+ ){0,2}(?:could|might|may|would|can)\b/.test(words)) return null;
    // "Did USTR's February proposal put price floors in the agreement?" asks what a document says.
    if (/\b(?:proposal|proposals|notice|notices|draft)\b/.test(words) && !TURNED_OUT.test(words)) return null;
    // "Tariff status for nickel?": whether a duty applies to named goods, which the duty answer
    // gives with what is unknown since; a question about the talks stays here.
    const goods = analysis.mentions.some((m) => m.ref.kind === 'mineral' || m.ref.kind === 'product');
    if (goods && analysis.cues.has('duty') && !TALKS.test(words)) return null;
    const how = aspects.has('how') && !NOW_THAT.test(words);
    if (/\bif\b/.test(words) || RULE_OR_DUTY.test(words) || ASKS_DATE.test(words) || how || aspects.has('why')) return null;
    // "Did Vance slap a tariff on anyone at the ministerial?" asks about that event, not about how the talks ended.
    // "Were any agreements signed?" names no event by "signed": only a named other event counts.
    if (analysis.events.some((e) => e.event.id !== WINDOW_END_EVENT && namedSpecifically(e))) return null;
    const unknown = ctx.kb.factById.get(FEATURED.afterWindow);
    const end = windowEnd(ctx.kb);
    if (!unknown || !end) return null;
    const still = isOpen(end, now);
    const so = still || KNOWN_SO_FAR.test(words) ? ctx.kb.factById.get('developments-since-proclamation') : undefined;
    const lead = still ? `Not yet known: the talks are still within their window. ${eventSentence(end, now)}` : `Not known. ${eventSentence(end, now)}`;
    const body = still && so ? `So far: ${tensed(ctx.kb, so.answer, now)}` : tensed(ctx.kb, unknown.answer, now);
    const used = still && so ? so : unknown;
    // "What happens now that the window is over?" asks what may follow too.
    const remedies = NOW_THAT.test(words) && !still ? ctx.kb.factById.get(FEATURED.remedies) : undefined;
    const next = remedies ? [`What may follow: ${tensed(ctx.kb, remedies.answer, now)}`] : [];
    if (!still && so) next.unshift(`On record before that: ${tensed(ctx.kb, so.answer, now)}`);
    // "Which countries did the US sign deals with?": the agreements signed before the proclamation are on record.
    const earlier = WHICH_PARTNERS.test(words) ? ctx.kb.factById.get(FEATURED.earlierSteps) : undefined;
    if (earlier) next.push(`Signed before the proclamation: ${tensed(ctx.kb, earlier.answer, now)}`);
    const rank = analysis.ranked.map((r) => r.id);
    const notes = analysis.countries.slice(0, 2).map((c) => countryNote(ctx.kb, c, rank, now)).filter((n) => n !== null);
    return {
      ...baseAnswer('composed', still ? 'How the talks are going' : unknown.title, [lead, body, ...next, ...notes.map((n) => n.text)].join('\n\n')),
      factIds: [used.id, ...(!still && so ? [so.id] : []), ...(remedies ? [remedies.id] : []), ...(earlier ? [earlier.id] : []), ...notes.map((n) => n.fact.id)],
      sources: citeSources(ctx.kb, [...used.sources, ...end.sources, ...(!still && so ? so.sources : []), ...(remedies?.sources ?? []), ...(earlier?.sources ?? []), ...notes.flatMap((n) => n.fact.sources)], 4),
      related: ctx.related.forFact(used).filter((l) => l.id !== used.id).concat(still ? [link(unknown)] : []).slice(0, 4),
      dates: [{ label: end.title, date: end.date }],
    };
  },
};
