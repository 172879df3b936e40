import { isConfident } from '../abstain.js';
import { entityAnswer } from '../answers/entity.js';
import { displayName } from '../entities.js';
import { termsOf } from '../text/analyze.js';
import { termSetOf } from '../text/term-set.js';
import type { Rule } from './rule.js';

/** Words of the "who" itself ("which agency", "what official"): they ask for someone, they are not what that someone does. */
export const ASKING_WHO = new Set(termsOf('agency agencies official officials department departments body person people responsible charge within inside part role roles job jobs involved'));
/**
 * Words every question here could use, and words of when or how long ("continuing to", "after the
 * proclamation"): what an agency does under the proclamation is not told by them.
 */
const ABOUT_THE_PROCLAMATION = new Set(termsOf('proclamation 11001 section 232 critical minerals mineral continue continues continuing keep keeps keeping ongoing still after'));
/** "Who's the Commerce Secretary co-leading the talks?", "the Department of War: who's that?": who the named one is. */
const WHO_IS = /\bwho(?:s| is| are| was| were)? (?:the|that|this|they|them|it|he|she)\b/;
/** "Who are they negotiating with?" asks for the other side of the talks, which no US agency is. */
const OTHER_SIDE = new Set(termsOf('partners'));
/** "Which agencies have a role?" asks for all of them: the overview's job. */
const ASKS_MANY = /\b(?:which|what|who all|list the) (?:agencies|officials|departments|bodies|people|offices)\b/;
/** The verb right after "who" ("who negotiates …", "who'll publish …"), when it is one of the asked terms. */
function doneByWho(typed: readonly string[], asked: readonly { term: string }[]): { term: string } | undefined {
  const at = typed.findIndex((w) => w === 'who' || w === 'whos' || w === 'wholl');
  const next = at >= 0 ? typed[at + 1] : undefined;
  const term = next ? termsOf(next)[0] : undefined;
  return term ? asked.find((q) => q.term === term) : undefined;
}
/** Share of what the question says someone does that an agency's part must account for. */
const MIN_SHARE = 0.6;
/** How far ahead of the next agency the best one must be. */
const MIN_LEAD = 1.25;

/**
 * "Which agency issues the critical minerals list?", "which bureau within Commerce ran the
 * investigation?": who does something, when no fact says so in the question's words. The agency
 * whose part under the proclamation covers what the question says is done answers, when it
 * clearly covers it better than any other, and no sure fact already speaks of it; an agency the
 * question itself names is the setting, not the answer.
 */
export const whoDoes: Rule = {
  name: 'who-does',
  answer(analysis, ctx, now) {
    // "Was it Vance who hosted it?" checks a name, which a fact confirms or corrects.
    if (!analysis.aspects.has('who') || analysis.aspects.has('yes-no') || ASKS_MANY.test(analysis.words.join(' '))) return null;
    const named = new Set(analysis.mentions.flatMap((m) => (m.ref.kind === 'agency' ? [m.ref.id] : [])));
    // "BIS or Commerce?" asks which of those named: a fact's job.
    if (named.size > 1) return null;
    if (named.size === 1 && WHO_IS.test(analysis.typed.join(' '))) return null;
    if (analysis.query.some((q) => OTHER_SIDE.has(q.term))) return null;
    const namedTerms = new Set([...named].flatMap((id) => {
      const agency = ctx.kb.agencies.find((a) => a.id === id);
      return agency ? termsOf([agency.name, ...agency.aliases].join(' ')) : [];
    }));
    const asked = analysis.query.filter((q) => !ASKING_WHO.has(q.term) && !ABOUT_THE_PROCLAMATION.has(q.term) && !namedTerms.has(q.term));
    const total = asked.reduce((sum, q) => sum + q.weight * q.idf, 0);
    if (asked.length === 0 || total === 0) return null;
    const scored = ctx.kb.agencies
      .filter((a) => !named.has(a.id))
      .map((agency) => {
        const terms = termSetOf([agency.name, ...agency.aliases, agency.role, agency.office ?? ''].join(' '));
        return { agency, terms, share: asked.reduce((sum, q) => sum + (terms.has(q.term) ? q.weight * q.idf : 0), 0) / total };
      })
      .sort((a, b) => b.share - a.share);
    const [first, second] = scored;
    // A bureau and the department it belongs to may do the same thing ("USGS, part of Interior, issues the list"): the bureau answers.
    const bureauOf = first && second && first.share === second.share && second.agency.parent === first.agency.id;
    const [best, next] = bureauOf ? [second, scored[2]] : [first, second];
    if (!best || best.share < MIN_SHARE || (next && best.share < next.share * MIN_LEAD)) return null;
    // "Who negotiates price floors?": the one who does it, not one who spoke of price floors.
    const doing = doneByWho(analysis.typed, asked);
    if (doing && !best.terms.has(doing.term)) return null;
    // A sure fact that speaks of that agency says more than its general part ("Commerce's monitoring duty").
    const top = analysis.ranked[0];
    const fact = isConfident(top) ? ctx.kb.factById.get(top.id) : undefined;
    if (fact && [best.agency.name, ...best.agency.aliases].some((n) => fact.answer.includes(n))) return null;
    const ref = { kind: 'agency' as const, id: best.agency.id, entity: best.agency };
    return entityAnswer(ctx.kb, ref, ctx.related.forText(displayName(ref)), now, false);
  },
};
