import { isConfident } from '../abstain.js';
import { factAnswer, withoutVerdict } from '../answers/fact.js';
import { figureClauses } from '../text/figures.js';
import type { LoadedFact } from '../../knowledge/model.js';
import type { Rule } from './rule.js';

/** Words that put a statement up for checking ("is it right that…", "does the proclamation actually say that?"). */
const CHECKS = /\b(?:right|true|correct|accurate|accurately|consistent|confirm|say|says|said|state|states|stated|claim|claims|claimed|actually|really|so|is it|are there|was it)\b/;
/** A sentence that opens as a yes/no question. */
const ASKS_AFTER_CLAIM = /(?:^|[.?!]\s+)(?:is|are|was|were|does|do|did|has|have)\b[^.?!]*\?/i;
/** How many of the best-ranking facts may hold the figures checked. */
const CANDIDATES = 5;

const contains = (clause: ReadonlySet<number>, figures: ReadonlySet<number>) => [...figures].every((f) => clause.has(f));

/**
 * "Is it right that the US relies 100% on imports for 29 critical minerals?": figures put up for
 * checking, in pairs ("100%" with "29"). A fact that states all of them settles it: Yes when each
 * pair shares a clause of the fact, Not quite when the figures are there but paired otherwise. One
 * figure alone is not checked: "50 minerals" is right of the 2022 list and wrong of the 2025 one,
 * which only the words around it tell.
 */
export const figureCheck: Rule = {
  name: 'figure-check',
  answer(analysis, ctx, now) {
    // "ICN says 29 more at 50%. Does the proclamation say that?": a claim, then a yes/no question on it.
    const asksYesNo = analysis.aspects.has('yes-no') || (analysis.cues.has('claim') && ASKS_AFTER_CLAIM.test(analysis.text));
    if (!asksYesNo) return null;
    if (!CHECKS.test(analysis.words.join(' '))) return null;
    const claims = figureClauses(analysis.text).filter((c) => c.size >= 2);
    if (claims.length === 0) return null;
    const asked = new Set(claims.flatMap((c) => [...c]));
    const holds = (fact: LoadedFact, text: string) => contains(new Set(figureClauses(text).flatMap((c) => [...c])), asked);
    const candidates = analysis.ranked
      .slice(0, CANDIDATES)
      .filter(isConfident)
      .map((s) => ctx.kb.factById.get(s.id))
      .filter((f): f is LoadedFact => f !== undefined && holds(f, `${f.title}. ${f.answer}`));
    // A fact whose title states the figures is about them; one that names them in passing is not.
    const fact = candidates.find((f) => holds(f, f.title)) ?? candidates[0];
    if (!fact) return null;
    const clauses = figureClauses(`${fact.title}. ${fact.answer}`);
    const paired = claims.every((claim) => clauses.some((c) => contains(c, claim)));
    const answer = factAnswer(ctx.kb, fact, ctx.related.forFact(fact), 1, now, { yesNo: false });
    return { ...answer, text: `${paired ? 'Yes.' : 'Not quite: the figures are right but paired differently.'} ${withoutVerdict(answer.text)}` };
  },
};
