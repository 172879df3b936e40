import { isConfident } from '../abstain.js';
import { isMonthTerm } from '../analysis/date-literals.js';
import { namedSpecifically } from '../analysis/event-index.js';
import { anniversaryOfWords } from '../analysis/time-horizon.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import { questionParts, reportedQuestion, type QuestionPart } from '../analysis/question-parts.js';
import { baseAnswer } from '../answers/base.js';
import { MAX_ANSWER_TEXT, type Answer, type FactLink } from '../answer.js';
import { citeSources } from '../cite.js';
import { termsOf } from '../text/analyze.js';
import type { Rule, RuleContext } from './rule.js';
import { ASKING_WHO } from './who-does.js';

/** The words of a "who" question ("which two officials are running the talks"): they tell who "they" are, not what they are asked about. */
const ROLE_WORDS = new Set([...ASKING_WHO, ...termsOf('lead leads leading led colead coleads coleading run runs running ran head heads heading handle handles handling oversee oversees overseeing two 2')]);

/**
 * What a piece names, in its own words, so "when was EO 14272 signed, and who signed it?" can carry
 * "EO 14272" on; with `topic`, a piece that names nothing gives its known words instead ("the 12
 * and 29 numbers"), for a question that has no words of its own ("what do they mean?").
 */
function namedWords(analysis: QuestionAnalysis, topic: boolean): string {
  const named = new Set<number>();
  for (const m of analysis.mentions) for (let i = Math.max(m.start, 0); i < m.end; i++) named.add(i);
  // "The ICN piece from January 20", "2022 vs 2025 list": a date or a year in passing names a day,
  // not what a later question is about ("EO 14272" still names the order).
  const inPassing = (i: number) => {
    const term = analysis.terms[i]?.term ?? '';
    return isMonthTerm(term) || /^20\d\d$/.test(term) || (/^n?\d{1,2}$/.test(term) && isMonthTerm(analysis.terms[i - 1]?.term ?? ''));
  };
  analysis.terms.forEach((t, i) => {
    if (!inPassing(i) && analysis.events.some((e) => e.named.has(t.term))) named.add(i);
  });
  // "Who's leading the talks, and what are they to push for?": the talks are what "they" work on; "leading" says who they are.
  if (named.size === 0 && topic) analysis.terms.forEach((t, i) => !ROLE_WORDS.has(t.term) && analysis.query.some((q) => q.term === t.term && q.known) && named.add(i));
  const countries = analysis.countries.map((c) => c.name);
  // "Flag the one-year mark of the proclamation. What date is that?": the mark is the day meant.
  const mark = anniversaryOfWords(analysis.words.join(' '))?.phrase ?? '';
  return [...[...named].sort((a, b) => a - b).map((i) => analysis.terms[i]?.source ?? ''), ...countries, mark].filter((w) => w !== '').join(' ');
}

/** What came before an asked part: the pieces it may read on from, the scene, and the last question asked. */
interface ReadSoFar {
  before: readonly string[];
  scene: readonly string[];
  head: string;
}

/**
 * A question that names nothing and says little ("and when was it published?") reads on from the
 * pieces before: the nearest one that names something, or for a question with no words of its own
 * ("what do they mean?") or one checking what came before ("are they right?"), the nearest one
 * with words the knowledge knows.
 */
export function analyseParts(parts: readonly QuestionPart[], ctx: RuleContext): QuestionAnalysis[] {
  const out: QuestionAnalysis[] = [];
  // Scene-setting pieces are read only when a question needs to look back at them.
  let before: string[] = [];
  // "USGS 2025 list: how many minerals, publish date?": what the list's items are about.
  const scene: string[] = [];
  let head = '';
  let condition = '';
  for (const part of parts) {
    if (!part.asked) {
      before.push(part.text);
      scene.push(part.text);
      // "If you count from publication, when would it end?": the condition belongs to the question after it.
      condition = CONDITION.test(part.text) ? `${part.text}, ` : '';
      continue;
    }
    const analysis = readPart(part, `${condition}${part.text}`, { before, scene, head }, ctx);
    condition = '';
    out.push(analysis);
    // A question is where looking back stops: "who ran it, when did it start?" reads on from "who ran it" only,
    // with what it carried: "Project Vault … Is that part of it? What is it?" asks both of Project Vault.
    before = [analysis.text];
    if (!part.listItem) head = analysis.text;
  }
  return out;
}

/** One asked part, read alone or with what it points back at. */
function readPart(part: QuestionPart, text: string, so: ReadSoFar, ctx: RuleContext): QuestionAnalysis {
  const analysis = ctx.analyse(text);
  // "Was it on the 2022 list?", "when did it start?": a pronoun points back at what came before.
  const pointsBack = POINTS_BACK.test(analysis.typed.join(' '));
  const known = analysis.query.filter((q) => q.known).length;
  // "Which EO started it, and when was it signed?": "when was it signed" names the order, not the proclamation's signing.
  const events = pointsBack && known <= 1 ? analysis.events.filter(namedSpecifically) : analysis.events;
  const namesNothing = analysis.mentions.length === 0 && events.length === 0 && analysis.countries.length === 0;
  // "… wants to know if our landed cost goes up. Does it?": the question the scene reports is the one asked.
  const reported = namesNothing && ONLY_AUXILIARY.test(part.text) ? [...so.before].reverse().map(reportedQuestion).find((q) => q !== null) : undefined;
  if (reported) return ctx.analyse(reported);
  // "… we need the date Commerce sent the report, and how many days passed. Can you give both?": the scene's request is a question.
  const request = ASKS_FOR_BOTH.test(part.text) ? so.scene.at(-1) : undefined;
  if (request) return ctx.analyse(request);
  if (part.listItem && analysis.mentions.length + analysis.countries.length === 0) {
    const about = [...so.scene, so.head].map((p) => namedWords(ctx.analyse(p), false)).filter((w) => w !== '').join(' ');
    return about ? ctx.analyse(`${text} ${about}`) : analysis;
  }
  // "When was it signed and is there a tariff y/n?": a duty question is whole on its own.
  const whole = !pointsBack && analysis.cues.has('duty');
  if (so.before.length > 0 && namesNothing && !whole && (known <= 1 || pointsBack || COUNTS_TO_IT.test(part.text))) {
    // "… signed it" asks about the thing just asked about, whole: the order that started the probe, not the probe.
    // "Has anything been reported since then?" points back at a day: what named it is carried.
    const whole = events.length < analysis.events.length && !SINCE_THEN.test(part.text);
    return readOn(text, analysis, so.before, ctx, { pointsBack, known, whole });
  }
  // "USTR asked for comments on something: what was it, and what was the deadline?": a bare "deadline"
  // after a question about another dated thing is that thing's deadline, not the negotiation window.
  const bare = analysis.events.length === 1 && analysis.mentions.length === 0 && known <= 2 && [...(analysis.events[0]?.named ?? [])].every((t) => BARE_DEADLINE.has(t));
  if (bare && so.before.length > 0) {
    const previous = so.before.map((b) => ctx.analyse(b)).find((p) => p.events.some((e) => e.event.id !== analysis.events[0]?.event.id) || p.mentions.some((m) => m.ref.kind === 'agency'));
    const carried = previous ? namedWords(previous, false) : '';
    if (carried) return ctx.analyse(`${text.replace(/[?!.\s]+$/, '')} ${carried}`);
  }
  if (analysis.events.length === 1 && HOW_LONG_TO.test(part.text)) {
    // "When did Commerce send the report, and how long did he take to decide?": from the day just named.
    const previous = so.before.map((b) => ctx.analyse(b)).find((p) => p.events.some((e) => e.event.id !== analysis.events[0]?.event.id));
    if (previous) return ctx.analyse(`${text} after ${namedWords(previous, false)}`);
  }
  return analysis;
}

/** A part that names nothing, read with what the pieces before it name or speak of. */
function readOn(text: string, analysis: QuestionAnalysis, before: readonly string[], ctx: RuleContext, how: { pointsBack: boolean; known: number; whole: boolean }): QuestionAnalysis {
  const { pointsBack, known } = how;
  // The nearest piece that names something, else the nearest with words the knowledge knows; a
  // count reads on only to a day named ("the deadline … how many days ago?"), not to goods.
  const onlyCounts = known > 1 && !pointsBack;
  const pieces = [...before].reverse().map((b) => ctx.analyse(b)).filter((p) => !onlyCounts || p.events.length > 0);
  if (how.whole && pieces[0]) return ctx.analyse(`${text} ${pieces[0].text}`);
  // "Everyone quotes '12 and 29'. What do those numbers mean?": the numbers are what is pointed at.
  const numbers = NUMBERS_BACK.test(text) ? pieces.map((p) => p.terms.filter((t) => /^n?\d{1,3}$/.test(t.term)).map((t) => t.source).join(' ')).find((n) => n !== '') : undefined;
  if (numbers) return ctx.analyse(`${text} ${numbers}`);
  // "Who leads the talks, and by when are they supposed to report back?": a pronoun the part
  // cannot answer alone reads on to what the question before was about.
  const topic = known === 0 || (pointsBack && (CHECKS.test(text) || !isConfident(analysis.ranked[0])));
  // Of pieces that name nothing, the one saying most the knowledge knows ("the ICN piece"), not the nearest ("before I send it").
  const weight = (p: QuestionAnalysis) => p.query.reduce((sum, q) => sum + (q.known ? q.weight * q.idf : 0), 0);
  const richest = [...pieces].sort((x, y) => weight(y) - weight(x))[0];
  const carried = pieces.map((p) => namedWords(p, false)).find((w) => w !== '') ?? (topic && richest ? namedWords(richest, true) || undefined : undefined);
  // Inside the question, not after its mark: "is it named in the proclamation? copper" would read as a second sentence.
  if (carried) return ctx.analyse(`${text.replace(/[?!.\s]+$/, '')} ${carried}`);
  if (!pointsBack || !pieces[0]) return analysis;
  // "Who ran the investigation, and when did it start?": read on, the words name a day ("investigation started").
  const dated = ctx.analyse(`${text} ${namedWords(pieces[0], true)}`);
  return dated.events.length > analysis.events.length ? dated : analysis;
}

/** "How long did he take to decide?": a span that starts where the question before left off. */
const HOW_LONG_TO = /\bhow (?:long|many days|many weeks|many months) (?:did|does|would|will) (?:he|she|they|it) (?:take|need)\b|\bhow (?:long|many days|many weeks|many months) (?:until|till|before) (?:he|she|they|the president|trump) (?:acted|decided|signed|responded|moved)\b/i;
const SINCE_THEN = /\bsince then\b/i;
/** Words that name a deadline without saying whose. */
const BARE_DEADLINE = new Set(termsOf('deadline due date window cutoff'));
const NUMBERS_BACK = /\b(?:those|these|the|both) (?:numbers|figures|stats|statistics|percentages|counts)\b/i;
/** "Can you give both?", "fill in each": the things the message listed are what is asked. */
const ASKS_FOR_BOTH = /^(?:(?:can|could|would) you |please )?(?:give|fill in|provide|tell me|list|answer|confirm|share)(?: me| us)? (?:both|each|all three|all of them|them all)\W*$/i;
/** "Does it?", "will that?": a yes or no that asks again whatever was just asked. */
const ONLY_AUXILIARY = /^(?:does|do|did|is|are|was|were|will|would|can|could|has|have) (?:it|that|this|they|we)\W*$/i;
/** "… how many days ago exactly?": a count that names no day counts to the day just named. */
const COUNTS_TO_IT = /\b(?:how many (?:days|weeks|months)|how long|ago)\b/i;
const CONDITION = /^(?:hypothetically,? |theoretically,? |just )?(?:if|suppose|supposing|assuming|assume|say|imagine|in case)\b/i;
// "How many days apart?" measures between the things just named.
export const POINTS_BACK = /\b(?:it|its|they|them|their|those|these|that one|this one|the two|apart|since then)\b|^(?:is|was|does|did|will|would|can|could|has) that\b|\bthats\b/;
/** "Are they actually right?": checking what came before, whose words are then the question's. */
const CHECKS = /\b(?:right|correct|true|accurate|solid|reliable|legit|verified|confirmed)\b/i;

const SKIP = new Set(['multi-part', 'question-in-context']);
/** Rules that decline a part because it is about something else, saying what: that sentence is kept. */
const OUT_OF_SCOPE = new Set(['other-topic', 'other-trade-action']);

/** An answer with the sentences saying which parts were about something else, its last paragraphs dropped to make room. */
function withScopeNotes(answer: Answer, notes: readonly string[]): Answer {
  if (notes.length === 0) return answer;
  const room = MAX_ANSWER_TEXT - notes.join('\n\n').length - 2;
  return { ...answer, text: [...fitParts([answer.text], room), ...notes].join('\n\n') };
}
/** Words that ask for the reasons behind what another part asks about. */
const ECHO_TERMS = new Set(termsOf('rationale reason reasons reasoning motivation motive logic thinking purpose justification'));

/**
 * A question asking two or three things at once: each part is answered by the registry on its own
 * and the answers are given in one reply, part by part, each part's sources cited. When fewer than
 * two parts get an answer, the question is left to the rules as a whole.
 */
/**
 * Long answers to several parts do not fit one reply: the longest part gives up its last paragraph
 * until they fit, so a short part stays whole and a long one keeps its lead ("Yes, covered") and
 * what follows it first ("but no duty today"). Each part keeps at least its first paragraph.
 */
function fitParts(pieces: readonly string[], budget: number): string[] {
  const paragraphs = pieces.map((p) => p.split('\n\n'));
  const size = () => paragraphs.reduce((sum, ps) => sum + ps.join('\n\n').length + 2, 0);
  while (size() > budget) {
    const longest = paragraphs.filter((ps) => ps.length > 1).sort((a, b) => b.join('\n\n').length - a.join('\n\n').length)[0];
    if (!longest) break;
    longest.pop();
  }
  return paragraphs.map((ps) => ps.join('\n\n'));
}

export const multiPart: Rule = {
  name: 'multi-part',
  answer(analysis, ctx, now) {
    const parts = questionParts(analysis.text);
    if (!parts || parts.filter((p) => p.asked).length < 2) return null;
    const read = analyseParts(parts, ctx);
    const answers = read.map((a) => ctx.answer(a, now, SKIP));
    // "Is Canada exempt, and is there a quota on Canadian cobalt?": one duty answer, read from the whole question, covers both.
    if (answers.length > 1 && answers.every((a) => a.intent === 'duty-status')) {
      const whole = ctx.answer(analysis, now, SKIP);
      if (whole.intent === 'duty-status') return whole;
    }
    // "Is the tariff happening to me, and what's the corporate tax rate?": the part about something else says so.
    const scopeNotes = answers.filter((a) => !a.answered && OUT_OF_SCOPE.has(a.intent)).map((a) => a.text.split('\n\n')[0] ?? '');
    const answered: Answer[] = [];
    // Two parts answered from the same facts ("which came first, … how many days apart?") are one answer.
    const sameFacts = (a: Answer, b: Answer) => a.factIds.length > 0 && a.factIds.length === b.factIds.length && a.factIds.every((id) => b.factIds.includes(id));
    // So are "Project Vault, the EXIM-backed reserve" and "Project Vault": one subject, told twice.
    const sameSubject = (a: Answer, b: Answer) => a.title.startsWith(b.title) || b.title.startsWith(a.title);
    for (const a of answers) if (a.answered && !answered.some((b) => sameSubject(a, b) || sameFacts(a, b))) answered.push(a);
    // Every part answered, and by one answer: that answer covers the whole question.
    const only = answered[0];
    if (only && answered.length === 1 && answers.every((a) => a.answered)) return { ...only, intent: `multi-part/${only.intent}` };
    // One part answered and the rest not: worth giving only when the question read whole gets no answer.
    // "Why did he sign it, what's the rationale?": a part left unanswered that asks only for reasons asks the other again.
    const asked = parts.filter((p) => p.asked);
    const asksOnlyWhy = (text: string | undefined) => {
      const own = text === undefined ? [] : ctx.analyse(text).query;
      return own.length > 0 && own.every((q) => ECHO_TERMS.has(q.term));
    };
    const echoes = read.every((_, i) => answers[i]?.answered || asksOnlyWhy(asked[i]?.text));
    if (answered.length === 1 && echoes && only) return { ...only, intent: `multi-part/${only.intent}` };
    if (answered.length === 1) {
      const whole = ctx.answer(analysis, now, SKIP);
      if (whole.answered) return withScopeNotes(whole, scopeNotes);
    }
    if (answered.length === 0) return null;
    const missed = answers.filter((a) => !a.answered).length > scopeNotes.length;
    const pieces = answered.length === 1 ? [answered[0]?.text ?? ''] : answered.map((a) => `${a.title}: ${a.text}`);
    const notes = [...scopeNotes, ...(missed ? ['One part of the question I could not answer confidently; try asking it on its own.'] : [])];
    const text = [...fitParts(pieces, MAX_ANSWER_TEXT - 100 - notes.join('\n\n').length), ...notes].join('\n\n');
    const related: FactLink[] = [];
    for (const link of answered.flatMap((a) => a.related)) if (!related.some((r) => r.id === link.id) && !answered.some((a) => a.factIds.includes(link.id))) related.push(link);
    return {
      ...baseAnswer('composed', answered.map((a) => a.title).join(' · '), text, Math.min(...answered.map((a) => a.score))),
      factIds: [...new Set(answered.flatMap((a) => a.factIds))],
      sources: citeSources(ctx.kb, answered.flatMap((a) => a.sources.map((s) => ({ id: s.id, locator: s.locator }))), 5),
      related: related.slice(0, 4),
      dates: answered.flatMap((a) => a.dates).filter((d, i, all) => all.findIndex((x) => x.date === d.date && x.label === d.label) === i),
    };
  },
};
