import { addMonths, formatDate, isoDateOf } from '../../knowledge/dates.js';
import { isConfident } from '../abstain.js';
import { dateLiterals, isDayOf, isInMonth, monthLiterals } from '../analysis/date-literals.js';
import { residualShare } from '../analysis/question-analysis.js';
import { anniversaryOfWords, claimedSpan, countUnit, spanHolds, timeHorizon } from '../analysis/time-horizon.js';
import { comparisonSentence, eventDateAnswer, eventSentence, horizonSentence, isOpen, orderSentence, periodStatusSentence, progressSentence, spanSentence, inUnit } from '../answers/event-date.js';
import { isDue } from '../answers/fact.js';
import { tensed } from '../answers/in-tense.js';
import { SIGNING_EVENT, WINDOW_END_EVENT } from '../deadline-clock.js';
import { FEATURED } from '../featured.js';
import { termsOf } from '../text/analyze.js';
import { termSetOf } from '../text/term-set.js';
import type { LoadedEvent } from '../../knowledge/model.js';
import type { Rule } from './rule.js';

/** Words a date question uses besides the event's name: they ask about the date, nothing else. */
const ABOUT_DATES = new Set(
  termsOf(
    'date dates day days weekday weekdays when long ago recent old fresh since until till within one two three four five six seven eight nine ten eleven twelve left remain remaining time count exact exactly calendar week weeks month months year years still open close closed closes end ended ends over pass passed expire expired yet already happen happened come came take took place miss missed gone latest earliest soonest right correct proclamation 11001 start started begin began due fall fell falls officially actually precisely roughly approximately first earlier later late early before after between mark point milestone clock timer schedule hit appear appeared get got go went out it this today tomorrow yesterday last final next coming soon upcoming imminent approaching within corner past previous land lands landed critical mineral minerals required require requires obliged obligated transmit transmitted send sent submit submitted january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec 2025 2026',
  ),
);

/** "How long did it run, from initiation to the report?": words for the stretch between two days named. */
const SPAN_WORDS = new Set(termsOf('run ran runs running lasted lasting itself separate separates separating gap elapsed'));
/** Words of a question about the talks' own deadline ("days left for Commerce and USTR to reach agreements"). */
const ABOUT_THE_TALKS = new Set(termsOf('negotiation talks agreement agreements deal deals reach reached commerce ustr partners trading mineral minerals critical 180 section 232'));
/** "By when do they need a deal?": the date agreements are due, asked without naming it. */
const NEEDS_A_DEAL = /\b(?:need|needs|have to|has to|must|supposed to|due)\b.*\b(?:deal|deals|agreement|agreements)\b|\b(?:deal|deals|agreement|agreements)\b.*\b(?:due|needed)\b|\b(?:by|until|till) when\b.*\b(?:negotiat\w*|talks|deals?|agreements?)\b/;
/** A countdown naming no event may count to what the deadline opens the way to ("weeks before tariffs could kick in"). */
const WHAT_THE_DEADLINE_OPENS = new Set(termsOf('tariffs kick action'));

/** A question counting time ("how many days", "weeks since") rather than asking what happened since. */
const COUNTS = /\b(?:days?|weeks?|months?) (?:since|until|till|left|ago|between|before|after|from|to go|remaining|remain)\b|\bhow long\b|\bcount\b|\bago\b/;
/** "How recent is the tracker data?" asks how long ago, as "how long" does. */
const HOW_RECENT = /\bhow (?:recent|old|fresh|stale|current|latest)\b/;
const LENGTH = /\bhow (?:long|big|short) (?:is|are|was) (?:the )?(?:proclamation|text|document|report|article|piece|list|it)\b(?! (?:open|left|still|valid|in effect))/;
const QUESTION_WORD = /\b(?:what|who|why|how|which|where|whats|whos)\b/;

/** "How many days of the window have gone by?", "how far into the period are we?": how much of a period has run. */
const PROGRESS = /\b(?:days?|weeks?|months?) of (?:the|this|that|its) (?:\w+ ){0,4}?(?:window|period|clock|days)\b.*\b(?:gone by|elapsed|passed|used|gone|run|behind us)\b|\bhow (?:far|much) (?:in|into|through|of) (?:the|this|that) (?:\w+ ){0,3}?(?:window|period)\b|\bhow far along\b/;
/**
 * The proclamation's name, a bare "date" and a verb of coming out: a day named by these alone is its
 * signing, the setting of most questions ("was the proclamation in the Federal Register the day the article came out?").
 */
const SIGNING_BY_NAME = new Set(termsOf('proclamation 11001 date dates day came come out'));
/** How close to the top fact the fact explaining the day shown must score to explain it instead. */
const NEAR_TIE = 0.95;
/** "Has it closed?" asks the other way round from "is it still open?". */
const ASKS_CLOSED = /\b(?:closed|close|over|passed|pass|expired|expire|ended|end|lapsed|run out|ran out|done|finished|miss|missed)\b/;
/** "Is it still open?" asks the way round that a yes answers while the period runs. */
const ASKS_OPEN = /\b(?:still|open|inside|within|running|ongoing)\b/;

/** Whether a yes or a no answers "has it closed?"; "is it still open, or did it close?" is answered as its first half asks. */
function asksClosed(words: string): boolean {
  const closed = ASKS_CLOSED.exec(words);
  if (!closed) return false;
  const open = ASKS_OPEN.exec(words);
  return !(open && /\bor\b/.test(words) && open.index < closed.index);
}

const OPEN_OR_CLOSED = /\b(?:open|closed|close|closes|still)\b/;
/** "When does the window start?", "counted from what date?": the day a derived date counts from. */
const COUNTED_FROM = /\b(?:start|starts|started|begin|begins|began|counted from|count from|counted|run from|runs from|from what|from when|from which)\b/;
/** A yes/no question about a day ("is the deadline in July?"), not about anything else an event is named in. */
const DATE_WORDS = /\b(?:dates?|days?|deadline|due|january|february|march|april|may|june|july|august|september|october|november|december|2025|2026|week|month|year)\b/;
/** "Was it published the same day it was signed?": a comparison of two dates. */
const SAME_DAY = /\bsame (?:day|date|time)\b/;
/** "What came first, the list or the proclamation?" asks the order, told as one event then the other. */
const WHICH_FIRST = /\b(?:what|which|who)(?: \w+)? (?:came|come|comes|happened|was|were) (?:first|earlier|last|later)\b|\b(?:in what|in which|what) order\b/;
/** "Can he put tariffs on before the 180 days are up?", "is he obliged to wait until…?" ask what is allowed, which a fact answers. */
const MAY_ACT = /^(?:\w+ ){0,2}(?:can|could|may|is (?:he|trump|the president) (?:allowed|able|free) to)\b.*\b(?:act|action|tariffs?|dut(?:y|ies)|impose|put|move|restrict)\b|\b(?:obliged|obligated|required|bound|forced|have|has|need|needs|must) to wait\b|\bmust (?:\w+ ){1,3}wait\b/;
/** "Late", "overdue", "on time": whether a step met its due date, in whatever words the analyser folds them to. */
const LATENESS = new Set(termsOf('late overdue on time behind schedule'));

/** "Inside the 90-day limit", "within the statutory window": a step held up to a period, not a day asked. */
const INSIDE_PERIOD = /\b(?:inside|within) (?:the |that |his |its )?(?:statutory |legal )?(?:(?:n?\d+ ?day|\d+ days?) )?(?:window|limit|period|deadline|timeframe|time limit)\b/;

/** "What did the September tracker say?" names the record; in "what does it say happens" it is the proclamation. */
const SAYS = /\bwhat (?:did|does|do) (?!(?:it|they|he|she|the proclamation)\b|(?:that|this) (?:say|show|record|list|report)\b)(?:\w+ ){1,4}(?:say|show|record|list|report)\b(?= (?:about|on|for|in|at|as|regarding|then|back)\b|$)/;
/** "Did the ICN article get the deadline right?" checks a source's claim, which a fact answers. */
const CHECKS_ACCURACY = /\b(?:get|got|gets|getting) (?:\w+ ){0,3}(?:right|wrong)\b|\baccura(?:te|cy)\b|\b(?:article|piece|story|headline|report|memo) (?:\w+ )?(?:right|correct|wrong)\b/;
/** "… has that passed, and if so how many days ago?": a count that also asks whether the day is behind us. */
const ASKS_IF_OVER = /\b(?:has|have|is|are|did) (?:\w+ ){0,3}(?:passed|pass|closed|close|ended|end|expired|expire|over|gone)\b/;
/** "Has the ministerial happened yet?": a yes or no on whether the day has come. */
const HAPPENED = /\b(?:happen|happened|happens|passed|pass|over|taken place|take place|took place|yet|already|come|came|out|been|occurred|gone)\b/;

/** Words that put a day up for checking ("confirm: signed January 15, correct?"). */
/** What the knowledge's fact on the window's aftermath comes to, said beside the day the window closed. */
const AFTER_THE_WINDOW = 'What came of the talks is not recorded in the sources.';
const CHECK_WORDS = /\b(?:right|correct|true|accurate|confirm)$|\bis (?:that|this|it) (?:right|correct|true)\b/;
const CLAIM_WORDS = new Set(termsOf('confirm confirming correct right true accurate check'));
// "Is it almost a year since?": how near the mark is, which the answer's count of days tells.
const ANNIVERSARY_WORDS = new Set(termsOf('anniversary one first two second three third year years mark almost nearly approaching close'));
const ORDINAL = ['', 'first', 'second', 'third'];

/** The day `years` after an event, as an event of its own: computed from the event's date, never typed. */
function anniversaryOf(event: LoadedEvent, years: number): LoadedEvent {
  const nth = ORDINAL[years] ?? `${years}th`;
  return {
    ...event,
    id: `${event.id}+${years}y`,
    title: `${event.title}: ${nth} anniversary`,
    description: `${years === 1 ? 'One year' : years === 2 ? 'Two years' : `${years} years`} after ${formatDate(event.date)}.`,
    date: addMonths(event.date, 12 * years),
    derived: true,
    past: `The ${nth} anniversary fell`,
    upcoming: `The ${nth} anniversary falls`,
    aliases: [],
    closes: undefined,
    explainedBy: undefined,
  };
}

/** The words of an event's title and description, which a question about its date may use too. */
const ownTerms = (event: LoadedEvent): ReadonlySet<string> => termSetOf(`${event.title}. ${event.description}`);

/**
 * Questions about when something happened or is due, asked in any form: when, how long ago, how
 * many days until or since, whether a period is still open, whether one event came before another.
 * Every figure is computed from the event dates against `now`, in the tense that day calls for.
 */
export const eventDate: Rule = {
  name: 'event-date',
  answer(analysis, ctx, now) {
    const { aspects, relations } = analysis;
    const words = analysis.words.join(' ');
    // "How long is the proclamation text?" asks its length, not a time.
    if (LENGTH.test(words)) return null;
    // "How long did Commerce have to finish its report?" asks the time a rule allowed, which a fact tells.
    if (/\bhow long did (?:\w+ ){1,3}(?:have|get) to\b/.test(words)) return null;
    const counts = aspects.has('how-long') || aspects.has('how-many') || COUNTS.test(words);
    // Most specific first; "was A before B?" keeps A and B in the question's order.
    // "When did Proclamation 11001 appear in the Federal Register?": a day named only by the
    // proclamation's own name ("11001" for its signing) is the setting, not the day asked about.
    const byNameOnly = (m: (typeof analysis.events)[number]) => m.named.size > 0 && [...m.named].every((t) => SIGNING_BY_NAME.has(t));
    const mentioned = [...analysis.events].sort((x, y) => Number(byNameOnly(x)) - Number(byNameOnly(y)));
    // An event's own words are about it too ("the 15-day limit to implement the chosen action").
    const titled = new Set(mentioned.flatMap((m) => [...ownTerms(m.event)]));
    const anniversary = anniversaryOfWords(words);
    // "Was it signed on January 15, 2026?", "did the window close on July 14?": a day put up for checking.
    const claims = aspects.has('yes-no') || analysis.cues.has('claim') ? dateLiterals(analysis.terms) : [];
    const claimed = claims.length === 1 ? claims[0] : undefined;
    // "My notes say it was launched in October 2025. Correct?": a month put up for checking.
    const months = claims.length === 0 && (aspects.has('yes-no') || analysis.cues.has('claim')) ? monthLiterals(analysis.terms) : [];
    const claimedMonth = months.length === 1 ? months[0] : undefined;
    const explained = (t: string) => ABOUT_DATES.has(t) || (mentioned.length >= 2 && SPAN_WORDS.has(t)) || /^n?\d+$/.test(t) || titled.has(t) || mentioned.some((m) => m.named.has(t)) || (anniversary !== null && ANNIVERSARY_WORDS.has(t)) || (claimed !== undefined && (claimed.terms.includes(t) || CLAIM_WORDS.has(t)));
    // "How many days are left?", "how many days remain for Commerce and USTR to reach agreements?":
    // with no event named, a countdown about the talks is the deadline's.
    const deadline = ctx.kb.eventById.get(WINDOW_END_EVENT);
    const aboutTalks = residualShare(analysis, (t) => explained(t) || ABOUT_THE_TALKS.has(t) || WHAT_THE_DEADLINE_OPENS.has(t)) <= 0.3;
    const countdown =
      anniversary === null &&
      mentioned.length === 0 &&
      deadline !== undefined &&
      aboutTalks &&
      // "Is there any tariff yet?" asks whether a duty exists, not how long the window runs.
      (((relations.has('until') || relations.has('still')) && (counts || (aspects.has('yes-no') && !analysis.cues.has('duty')))) || (aspects.has('when') && NEEDS_A_DEAL.test(words)));
    if (countdown) mentioned.push({ event: deadline, named: new Set(), at: 0 });
    // "Between EO 14272 and the proclamation": the proclamation as a point in time is its signing.
    const signing = ctx.kb.eventById.get(SIGNING_EVENT);
    const spans = !countdown && !relations.has('until') && (relations.has('between') || relations.has('before') || relations.has('after') || counts);
    const proclamationAt = analysis.terms.findIndex((t) => t.term === 'proclamation' || t.term === '11001');
    const alone = mentioned.length === 0 && (counts || relations.has('since') || aspects.has('when') || aspects.has('how-long') || anniversary !== null);
    // "Which came first, the USGS list or Proclamation 11001?": the proclamation weighed against another day is its signing.
    const paired = (spans || WHICH_FIRST.test(words)) && mentioned.length === 1 && mentioned[0]?.event.id !== SIGNING_EVENT;
    if (signing && proclamationAt >= 0 && (alone || paired)) {
      mentioned.push({ event: signing, named: new Set([analysis.terms[proclamationAt]?.term ?? 'proclamation']), at: proclamationAt });
    }
    const first = mentioned[0];
    if (!first) return null;
    const terse = analysis.typed.length <= 4 && !QUESTION_WORD.test(analysis.typed.join(' '));
    // "Comments on the USTR notice: still time?" asks whether a period named by its notice is open.
    const periodOf = (e: LoadedEvent) => (e.closes ? e : ctx.kb.events.find((p) => p.closes && p.explainedBy !== undefined && p.explainedBy === e.explainedBy && p.date >= e.date));
    // "When did Commerce open the investigation?" asks when it began, not whether a period is open.
    const opened = /\bopened\b|\b(?:did|does|will|would) (?:\w+ ){1,3}open\b/.test(words);
    // "When did the 90-day decision window close?": the period of the event named most fully, not of one named by "close" alone.
    const period = !opened && (relations.has('still') || OPEN_OR_CLOSED.test(words)) ? periodOf(first.event) : undefined;
    const relative = relations.size > 0 && (counts || aspects.has('when') || aspects.has('yes-no') || period !== undefined);
    const datedYesNo = aspects.has('yes-no') && (HAPPENED.test(words) || DATE_WORDS.test(words));
    // "What did the September tracker say?": a dated record named outright, told with its date.
    const asksRecord = SAYS.test(words) && first.named.size >= 1 && first.event.description !== undefined;
    const onlyTheDeadline = mentioned.length === 1 && first.event.id === WINDOW_END_EVENT;
    const unexplained = residualShare(analysis, (t) => explained(t) || (onlyTheDeadline && ABOUT_THE_TALKS.has(t)) || (countdown && WHAT_THE_DEADLINE_OPENS.has(t)));
    const whichFirst = !aspects.has('yes-no') && WHICH_FIRST.test(words) && mentioned.length >= 2;
    // "Covington says it was issued Jan 15. Is that right?": a day put up for checking asks for the day.
    const checksDay = (claimed !== undefined || claimedMonth !== undefined) && CHECK_WORDS.test(words);
    const asksDate = aspects.has('when') || aspects.has('how-long') || HOW_RECENT.test(words) || relative || asksRecord || whichFirst || checksDay || (unexplained === 0 && (datedYesNo || terse));
    // A day put up for checking carries who said it ("Covington says January 15: is that right?");
    // "did tariffs kick in on July 13?" puts up something else that day, which the date does not settle.
    const attributed = claimed !== undefined && analysis.cues.has('claim');
    if (!asksDate || unexplained > (asksRecord ? 0.6 : attributed ? 0.45 : 0.3) || analysis.tradeActions.length > 0 || CHECKS_ACCURACY.test(words)) return null;
    if (MAY_ACT.test(words) && (!aspects.has('when') || relations.has('before'))) return null;
    // "Was his decision inside the 90-day window?": whether a step fell within a period, which the fact weighing the two tells.
    if (aspects.has('yes-no') && !relations.has('still') && INSIDE_PERIOD.test(words) && mentioned.some((m) => m.event.closes)) return null;
    // "Was the report late?", "on time?": whether a step met its due date, which the fact weighing the two
    // answers; a due date named too ("late against the EO's 180-day deadline?", "did he act in time?") is the day to weigh it by.
    const namesDueDate = mentioned.some((m) => m.event.closes || m.event.offset);
    if (analysis.terms.some((t) => LATENESS.has(t.term)) && !namesDueDate && !/\btoo late\b/.test(words)) return null;
    // "Did duties kick in on July 13?", "did tariffs start when the window expired?": a yes or no on
    // duties, which the day of an event does not give; the duty and deadline facts do.
    if (aspects.has('yes-no') && analysis.cues.has('duty') && (claimed || HAPPENED.test(words) || analysis.cues.has('effective'))) return null;
    // "Earliest date tariffs could kick in under this proclamation?": when duties start, which no event's day is.
    if (!counts && analysis.cues.has('duty') && analysis.cues.has('effective') && mentioned.every((m) => m.named.size === 0 || byNameOnly(m))) return null;

    const yesNo = aspects.has('yes-no');
    const ordered = mentioned.slice(0, 2).sort((a, b) => a.at - b.at);
    const [a, b] = ordered;
    const toNow = relations.has('since') || relations.has('until');
    const sameDay = SAME_DAY.test(words);
    // "Is today the deadline to decide on the report?" asks about the first day named, not how the two compare.
    const asksToday = yesNo && /^(?:\w+ )?(?:is|was) (?:it )?today\b|\btoday is\b/.test(words);
    // "How many weeks until …?": the unit a count is asked in, beside the days.
    const unit = countUnit(analysis.typed.join(' '));
    const twoEvents = !asksToday && a && b && (relations.has('before') || relations.has('after') || relations.has('between') || aspects.has('compare') || sameDay || whichFirst || (counts && !toNow));
    let lead: string;
    let shown = [first.event];
    let title: string | undefined;
    // "Latest they could act? 15 days from signing, right?": a date counted from another one named too.
    const countedFromNamed = (m: (typeof mentioned)[number]) => aspects.has('when') && !relations.has('before') && !relations.has('after') && mentioned.some((o) => o.event.id === m.event.offset?.from);
    const counted = mentioned.slice(0, 2).find((m) => m.event.offset && (COUNTED_FROM.test(words) || countedFromNamed(m)));
    const base = counted?.event.offset ? ctx.kb.eventById.get(counted.event.offset.from) : undefined;
    const progressOf = first.event.offset && PROGRESS.test(words) ? ctx.kb.eventById.get(first.event.offset.from) : undefined;
    if (progressOf) {
      lead = progressSentence(progressOf, first.event, now);
    } else if (anniversary) {
      // "How many days until the one-year anniversary of the signing?": counted from the event named.
      const mark = anniversaryOf(first.event, anniversary.years);
      shown = [first.event, mark];
      title = mark.title;
      // "Is it a year since it was signed yet?": whether the day has come, then the day.
      // The day itself is said too, so "how long has it been?" is answered in days as well.
      lead = `${yesNo ? (isOpen(mark, now) && mark.date !== isoDateOf(now) ? 'Not yet. ' : 'Yes. ') : ''}${eventSentence(mark, now)} ${eventSentence(first.event, now)}`;
    } else if (counted && base) {
      // "From what date are the 180 days counted?": the day the count starts, then where it ends.
      shown = [base, counted.event];
      lead = `${eventSentence(base, now)} ${eventSentence(counted.event, now)}`;
    } else if (twoEvents && a && b) {
      const asked = sameDay ? 'same' : relations.has('before') ? 'before' : relations.has('after') ? 'after' : null;
      // "Which came first?" is told in the order things happened.
      shown = whichFirst ? [a.event, b.event].sort((x, y) => x.date.localeCompare(y.date)) : [a.event, b.event];
      if (whichFirst) lead = orderSentence(a.event, b.event, now);
      else lead = (counts || relations.has('between')) && !(yesNo && asked) ? spanSentence(a.event, b.event, unit) : comparisonSentence(a.event, b.event, yesNo ? asked : null);
    } else {
      const askedClosed = asksClosed(words);
      // "Is today the deadline to decide on the report?": of the days named, the deadline counted from the other.
      const deadline = asksToday ? mentioned.find((m) => m.event.offset)?.event : undefined;
      const event = period ?? deadline ?? first.event;
      shown = [event];
      // "The date the decision window closed, and the date the statement to Congress was due": each
      // of them, when each is named in full rather than by a word such as "published".
      // "Both the executive order and the formal start at Commerce": each one, however briefly named.
      // "Signed when, published in FR when?": a day asked for twice asks for each day named.
      const each = /\bboth\b/.test(words) || (words.match(/\bwhen\b/g)?.length ?? 0) >= 2 || (!counts && !/\blength\b/.test(words) && (words.match(/\b(?:date|day)\b/g)?.length ?? 0) >= 2);
      const listed = (each ? mentioned : mentioned.filter((m) => m.named.size >= 2)).slice(0, 3).sort((x, y) => x.at - y.at).map((m) => m.event);
      // "Is the deadline in the next 2 weeks?", "is it coming up soon?": whether the day lies ahead, and within the span named.
      const horizon = yesNo ? timeHorizon(words, isoDateOf(now)) : null;
      // The day checked against the event named in words, not against the event the day itself named.
      const checked = claimed && ![...first.named].every((t) => claimed.terms.includes(t)) ? claimed : undefined;
      const checkedMonth = claimedMonth && (yesNo || CHECK_WORDS.test(words)) && ![...first.named].every((t) => claimedMonth.terms.includes(t)) ? claimedMonth : undefined;
      // "It's been roughly ten months since it was signed, right?": the span put up, weighed against the days.
      const span = yesNo && (relations.has('since') || relations.has('until')) ? claimedSpan(words) : null;
      const today = isoDateOf(now);
      if (checked) lead = `${isDayOf(checked, event.date) ? 'Yes' : 'No'}. ${eventSentence(event, now)}`;
      else if (span) lead = `${spanHolds(span, ...(relations.has('until') ? [today, event.date] : [event.date, today]) as [string, string]) ? 'Yes' : 'No'}. ${eventSentence(event, now)}`;
      else if (checkedMonth) {
        // A wrong month is often another step's: what did happen then (not a day counted from one) is said too.
        const inMonth = isInMonth(checkedMonth, event.date);
        const then = inMonth ? [] : ctx.kb.events.filter((e) => isInMonth(checkedMonth, e.date) && e.timeline !== false && !e.offset).slice(0, 1);
        shown = [event, ...then];
        lead = [`${inMonth ? 'Yes' : 'No'}. ${eventSentence(event, now)}`, ...then.map((e) => eventSentence(e, now))].join(' ');
      }
      else if (horizon) lead = horizonSentence(event, horizon, now);
      else if (listed.length > 1 && (each || /\band\b|[+&]/.test(analysis.text)) && !yesNo) {
        shown = listed;
        lead = listed.map((e) => eventSentence(e, now)).join(' ');
      } else if (event.closes && (relations.has('still') || period)) lead = periodStatusSentence(event, now, yesNo || (relations.has('still') && !aspects.has('when') && (!counts || ASKS_IF_OVER.test(words))) ? askedClosed : null);
      else if (yesNo && /\btoday\b/.test(words)) lead = `${event.date === isoDateOf(now) ? 'Yes' : 'No'}. ${eventSentence(event, now)}`;
      else if (yesNo && HAPPENED.test(words)) {
        // "Has the Commerce report been made public?" asks whether something beyond the event happened,
        // in words only its description has ("the report has not been published"): a fact's to answer.
        const title = termSetOf(event.title);
        const named = mentioned.find((m) => m.event.id === event.id)?.named;
        const beyond = analysis.terms.some((t) => !ABOUT_DATES.has(t.term) && !title.has(t.term) && !named?.has(t.term) && ownTerms(event).has(t.term));
        if (beyond) return null;
        lead = `${isOpen(event, now) ? 'Not yet' : 'Yes'}. ${eventSentence(event, now)}`;
      }
      else lead = eventSentence(event, now);
    }
    // "How many weeks until the deadline?", "how many months ago was it signed?": in the unit asked too.
    const day = shown.length === 1 ? shown[0]?.date : undefined;
    if (unit && day && !anniversary) lead = `${lead} In ${unit}s: ${inUnit(isoDateOf(now), day, unit)}.`;
    // What a dated record said comes in its own words, then the fact that weighs it; otherwise the fact
    // that ranks best explains the dates, when it is sure and speaks of each of them.
    const weighing = asksRecord && first.event.explainedBy ? ctx.kb.factById.get(first.event.explainedBy) : undefined;
    if (weighing && first.event.description) lead = `${lead} ${tensed(ctx.kb, first.event.description, now)}`;
    // The fact that explains the one day shown wins a near tie: it says most about that day.
    // A fact on what followed a day ("what happened after the deadline") explains nothing before it.
    const ranked = analysis.ranked.filter((r) => isDue(ctx.kb, r.id, now));
    const own = shown.length === 1 ? ranked.find((r) => r.id === shown[0]?.explainedBy) : undefined;
    const top = ranked[0];
    const best = own && top && own.score >= NEAR_TIE * top.score ? own : top;
    const fact = asksRecord ? weighing : isConfident(best) ? ctx.kb.factById.get(best.id) : undefined;
    const explanation = fact && (asksRecord || shown.every((e) => fact.answer.includes(formatDate(e.date)))) ? fact : undefined;
    const main = explanation ?? shown.map((e) => (e.explainedBy ? ctx.kb.factById.get(e.explainedBy) : undefined)).find((f) => f !== undefined);
    const related = main ? ctx.related.forFact(main) : [];
    // Once the window has closed, its day is only half the answer: the knowledge says what came of it is not on record.
    const closed = shown.find((e) => e.id === WINDOW_END_EVENT && !isOpen(e, now));
    const unknown = ctx.kb.factById.get(FEATURED.afterWindow)?.after === WINDOW_END_EVENT;
    const outcome = closed && unknown && explanation?.after !== WINDOW_END_EVENT ? `\n\n${AFTER_THE_WINDOW}` : '';
    return eventDateAnswer(ctx.kb, { title: title ?? shown.map((e) => e.title).join(' · '), lead: `${lead}${outcome}`, events: shown, related, ...(explanation ? { explanation } : {}) }, now);
  },
};
