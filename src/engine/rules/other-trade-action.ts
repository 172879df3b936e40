import { MIN_COVERAGE, MIN_SCORE } from '../abstain.js';
import { questionParts } from '../analysis/question-parts.js';
import { factAnswer } from '../answers/fact.js';
import { missAnswer } from '../answers/miss.js';
import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import type { Country } from '../lexicon/countries.js';
import type { TradeAction } from '../lexicon/trade-actions.js';
import { closeQuestions } from './decline.js';
import type { FactScore } from '../search/rank.js';
import type { Rule } from './rule.js';

/** Words that ask for an action's own particulars: its rate, its start, how much it went up. */
const ASKS_PARTICULARS = /\b(?:rate|rates|percent|percentage|how much|how high|increase|increased|raise|raised|double|doubled|level|levels|start|started|begin|began|effective|current|currently|apply to|list of|which products|when)\b|\d+ ?(?:%|percent)/;

/**
 * "What duty does India levy on lithium-ion cells?": a country as the one charging the duty asks
 * about that country's own tariffs, not about imports into the United States.
 */
const levyPatterns = new Map<string, RegExp>();
function levies(country: Country): RegExp {
  let pattern = levyPatterns.get(country.id);
  if (!pattern) {
    const n = `(?:${country.names.join('|')})`;
    pattern = new RegExp(`\\b(?:does|do|did|will|would|is) (?:the )?${n} (?:\\w+ )?(?:levy|charge|apply|impose|collect|put|set)\\b|\\bthe ${n} (?:tariffs?|tarrifs?|tarifs?|duty|duties|surtax(?:es)?|levy|levies|rate) on\\b|\\b${n} (?:levies|charges|applies|imposes|collects)\\b|\\b${n}s? own (?:tariffs?|duties|customs duty)\\b|\\b${n} (?:\\w+ )?(?:customs|import) dut(?:y|ies)\\b|\\b(?:customs|import) dut(?:y|ies) (?:in|of|by|charged by|levied by) ${n}\\b`);
    levyPatterns.set(country.id, pattern);
  }
  return pattern;
}

function foreignDuty(analysis: QuestionAnalysis): TradeAction[] {
  if (analysis.countries.length === 0) return [];
  const text = analysis.typed.join(' ');
  const levying = analysis.countries.find((c) => levies(c).test(text));
  // No fact speaks of another country's own tariffs, so the keywords match nothing.
  return levying ? [{ id: 'foreign-tariffs', name: `the tariffs ${levying.name} itself charges`, keywords: /$^/, explicit: true }] : [];
}

const SECTOR = String.raw`(?:steel|aluminum|aluminium|copper|lumber|timber|wood|autos?|automobiles?|cars?|vehicles?|semiconductors?|chips?|trucks?|drones?|pharma|pharmaceuticals?|polysilicon|aircraft|robotics)`;
/** A proclamation named by another sector's goods ("the steel proclamation", "copper 232 proclamation", "a 232 proclamation on pharmaceuticals"). */
const OTHER_PROCLAMATION = new RegExp(String.raw`\b${SECTOR}(?: section)? (?:232 )?(?:tariffs? )?proclamations?\b|\bproclamations? (?:on|for|covering|about|against) (?:imported |foreign )?${SECTOR}\b`);
/** Words that name this proclamation beyond the word "proclamation". */
const OURS = /\b(?:11001|critical minerals?|pcmdps?|processed)\b/;

/** How much of a question naming both actions the fact that links them must account for. */
const TIED_COVERAGE = 0.4;

const list = (actions: readonly TradeAction[]) => actions.map((a) => a.name).join(' and ');

/**
 * Questions about another trade action (the steel or copper Section 232 tariffs, IEEPA "reciprocal"
 * rates, CBAM, export controls). The bot knows none of them, so a question that asks nothing about
 * Proclamation 11001 is declined with a sentence saying so; one that asks how the other action
 * relates to this proclamation is answered only by a fact that speaks of that action. Questions
 * that name this proclamation, and plain applicability questions about goods the proclamation is
 * about ("is there a tariff on copper?"), go on to the rules that answer them, which add the caveat.
 */
export const otherTradeAction: Rule = {
  name: 'other-trade-action',
  answer(analysis, ctx, now) {
    const actions = [...analysis.tradeActions, ...foreignDuty(analysis)];
    if (actions.length === 0) return null;
    const decline = () =>
      missAnswer(
        closeQuestions(analysis, ctx),
        0,
        false,
        `That asks about another trade action (${list(actions)}), which I do not cover: I answer questions about Proclamation 11001 only (Section 232, processed critical minerals), so I cannot tell you about that one.`,
      );
    // "What did the EO 14272 fact sheet say about reciprocal tariffs?": an event of this proclamation's
    // own story, named outright, ties the other action to it when a fact speaks of both.
    const namesOurEvent = analysis.events.some((e) => e.named.size >= 2 || [...e.named].some((t) => /\d/.test(t)));
    const relation = analysis.cues.has('relation') || analysis.aspects.has('compare');
    if (relation || namesOurEvent) {
      const speaksOfIt = (answer: string) => actions.some((a) => a.keywords.test(answer.toLowerCase()));
      // A question that names both actions may spend words on who is asking ("a supplier told us"):
      // the one fact linking the two needs less of the question to be the answer.
      const coverage = analysis.namesProclamation || namesOurEvent ? TIED_COVERAGE : MIN_COVERAGE;
      const sure = (s: FactScore | undefined): s is FactScore => s !== undefined && s.score >= MIN_SCORE && s.coverage >= coverage;
      // In a long message, the question itself ranks the facts better than the whole of it.
      const asked = questionParts(analysis.text)?.filter((p) => p.asked).at(-1);
      const rankings = [analysis.ranked, ...(asked ? [ctx.analyse(asked.text).ranked] : [])];
      const best = rankings.map((r) => r.find((s) => speaksOfIt(ctx.kb.factById.get(s.id)?.answer ?? ''))).find((s) => sure(s));
      const fact = sure(best) ? ctx.kb.factById.get(best.id) : undefined;
      if (fact && best) return factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, best.score), now);
      if (relation) return decline();
    }
    // "The copper 232 proclamation" is that action's own proclamation, not this one.
    const namesOurs = analysis.namesProclamation && !(OTHER_PROCLAMATION.test(analysis.words.join(' ')) && !OURS.test(analysis.words.join(' ')));
    if (namesOurs) return null;
    // "Is there a tariff on copper?" names no other action outright: the proclamation's answer, with the caveat, is the honest one.
    const aboutOurGoods = analysis.mentions.some((m) => (m.ref.kind === 'mineral' && m.ref.entity.listed) || m.ref.kind === 'product');
    if (aboutOurGoods && actions.every((a) => !a.explicit) && !ASKS_PARTICULARS.test(analysis.words.join(' ')) && !analysis.text.includes('%')) return null;
    return decline();
  },
};
