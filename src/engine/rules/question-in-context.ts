import { isConfident } from '../abstain.js';
import type { Answer } from '../answer.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import { questionParts, reportedQuestion, type QuestionPart } from '../analysis/question-parts.js';
import { analyseParts, POINTS_BACK } from './multi-part.js';
import type { Rule, RuleContext } from './rule.js';

const SKIP = new Set(['multi-part', 'question-in-context']);
const ABOUT_A_TERM = /\b(?:term|terms|phrase|word|wording|mean|means|meaning|definition|define|defined)\b/;
/** Rules that speak of what a question names rather than answer it: no reading of a vague question is worth them. */
const WEAK = new Set(['main-mention', 'mineral-as-category']);
/** A scene this short ("Copper cathode from Chile:") names the goods rather than sets a scene. */
const SHORT_SCENE_WORDS = 8;

const passOn = (answer: Answer): Answer => ({ ...answer, intent: `question-in-context/${answer.intent}` });
const usable = (answer: Answer | undefined): answer is Answer => answer !== undefined && answer.answered && !WEAK.has(answer.intent);

/**
 * A question too vague to answer alone ("what should I tell them?"), tried in turn: what the scene
 * lists when it is asked to "fill in both", the whole message, a question the scene reports, and
 * the question alone, rather than a decline.
 */
function vagueAnswer(analysis: QuestionAnalysis, parts: readonly QuestionPart[], asked: QuestionPart, pointsBack: boolean, ctx: RuleContext, now: Date): Answer {
  // "Two empty boxes: the date X closed, and the date Y was due. Can you fill in both?": what the scene names is what is asked.
  const listed = parts.filter((p) => !p.asked).at(-1);
  const fromList = pointsBack && listed && /\bboth\b|\beach\b/i.test(asked.text) ? ctx.answer(ctx.analyse(listed.text), now, SKIP) : undefined;
  if (usable(fromList)) return passOn(fromList);
  const whole = ctx.answer(analysis, now, SKIP);
  if (whole.answered || pointsBack) return whole;
  // "They keep asking why X. What's the explanation?": the question the scene reports is the one asked.
  const reported = parts.filter((p) => !p.asked).map((p) => reportedQuestion(p.text)).find((q) => q !== null);
  const inner = reported ? ctx.answer(ctx.analyse(reported), now, SKIP) : undefined;
  if (usable(inner)) return passOn(inner);
  const [alone] = analyseParts(parts, ctx);
  const answer = alone ? ctx.answer(alone, now, SKIP) : undefined;
  return usable(answer) ? passOn(answer) : whole;
}

/**
 * "We import magnets from China for our motors. When could duties start?": the scene-setting
 * sentences say who is asking; the question is the last part. It is answered on its own when it
 * says enough by itself (it names something, or asks in three words or more), so the scene's
 * words cannot pull the answer elsewhere. A vague question ("what should I tell them?") or one
 * that points back at the scene ("can we rely on that?") is read with the whole message, by the
 * rules after this one.
 */
export const questionInContext: Rule = {
  name: 'question-in-context',
  answer(analysis, ctx, now) {
    const parts = questionParts(analysis.text);
    if (!parts || parts.filter((p) => p.asked).length !== 1) return null;
    const asked = parts.find((p) => p.asked);
    if (!asked || asked.text === analysis.text) return null;
    const own = ctx.analyse(asked.text);
    // "Can we rely on that?", "can you fill in both?" point back at the scene: it is the question.
    const pointsBack = /\b(?:that|those|them|both|these|each)\b/i.test(asked.text) && own.query.length <= 2;
    const scene = ctx.analyse(parts.filter((p) => !p.asked).map((p) => p.text).join('. '));
    // "Quick spring catch-up: what has happened since January?": a scene naming nothing cannot
    // change what a question answered with confidence on its own asks.
    const sceneNamesNothing = scene.mentions.length + scene.events.length + scene.countries.length + scene.tradeActions.length === 0;
    const named = own.mentions.length + own.events.length + own.countries.length > 0;
    // "Why no tariffs right away? Thought Trump liked tariffs": a why asked first, then a remark, is the question.
    const whyThenRemark = parts[0] === asked && own.aspects.has('why') && isConfident(own.ranked[0]);
    const saysEnough = !pointsBack && (named || own.query.length >= 3 || whyThenRemark || (sceneNamesNothing && own.query.length >= 2 && isConfident(own.ranked[0])));
    // "… the ICN article … How accurate is it overall?": "it" is what the scene named, carried on.
    // "Why did they go for talks?" asks about whoever acted, not about what the scene named.
    const namesTheScene = !pointsBack && !named && !sceneNamesNothing && own.query.length >= 1 && !own.aspects.has('why') && POINTS_BACK.test(own.typed.join(' '));
    if (!saysEnough && !namesTheScene) return vagueAnswer(analysis, parts, asked, pointsBack, ctx, now);
    // "Copper cathode from Chile: are we caught?": goods or a country named only in the scene are what is asked about.
    const goodsOrCountry = (a: typeof own) => a.countries.length > 0 || a.mentions.some((m) => m.ref.kind === 'mineral' || m.ref.kind === 'product');
    // So are "We import GaAs wafers from Taiwan. Any impact?": the importer's own goods.
    const setsTheGoods = scene.typed.length <= SHORT_SCENE_WORDS || scene.cues.has('importer');
    // "What does that term cover?" asks about the term, not the goods.
    const asksOfGoods = (own.cues.has('duty') || own.cues.has('cover')) && !own.aspects.has('define') && !ABOUT_A_TERM.test(own.words.join(' '));
    if (asksOfGoods && setsTheGoods && !goodsOrCountry(own) && goodsOrCountry(scene)) return null;
    const [question] = analyseParts(parts, ctx);
    if (!question) return null;
    const answer = ctx.answer(question, now, SKIP);
    // "My forklift battery keeps dying, how do I fix it?": a name carried from the scene is no answer by itself.
    return (named ? answer.answered : usable(answer)) ? passOn(answer) : null;
  },
};
