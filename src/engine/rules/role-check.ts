import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Agency } from '../../knowledge/schema.js';
import { agencyAnswer } from '../answers/agencies.js';
import { tensed } from '../answers/in-tense.js';
import { citeSources } from '../cite.js';
import { displayName } from '../entities.js';
import { termsOf } from '../text/analyze.js';
import { termSetOf } from '../text/term-set.js';
import type { Rule } from './rule.js';

/** Words of the check itself ("in charge of", "responsible for"): they ask whether someone does it, not what is done. */
const CHECK_WORDS = new Set(termsOf('charge responsible responsibility job person personally actually really one official agency department the proclamation 11001 section 232 critical minerals mineral'));
/**
 * "Was it Vance who …", "is DHS in charge of …", "does BIS lead …", "did Trump personally sign …":
 * a check of who does something, not of whether it was done ("was Commerce's report made public?").
 */
const ASKS_WHO_DOES = /\b(?:was|is) it (?:\w+ ){1,5}(?:who|that)\b|\b(?:in charge of|responsible for|the one|the ones|only one|only ones|on the hook|personally|himself|herself|themselves)\b|\b(?:lead|leads|leading|co ?lead|co ?leads|co ?leading|run|runs|running|handle|handles|handling|oversee|oversees|overseeing|negotiate|negotiates|negotiating|negotiator|negotiators|host|hosts|hosted|hosting)\b/;
const ONLY = /\b(?:only|alone|sole|solely)\b/;
/** Share of what the question says is done that one task must account for. */
const MIN_SHARE = 0.6;
/** Tasks this close to the best fit are held too ("co-leads the negotiations": Commerce and USTR). */
const NEAR_BEST = 0.9;

/** An official acts for the office: Lutnick's task is Commerce's. */
const familyOf = (kb: KnowledgeBase, agency: Agency): Agency =>
  (agency.kind === 'official' && agency.parent ? kb.agencies.find((a) => a.id === agency.parent) : undefined) ?? agency;

/** "the Department of Commerce", "the President (Donald J. Trump)", "Congress": a name as it reads mid-sentence. */
const withArticle = (agency: Agency): string =>
  /^The /.test(agency.name) ? `the ${agency.name.slice(4)}` : /^(?:Department|Office|Bureau|Export|U\.S\.)\b/.test(agency.name) ? `the ${agency.name}` : agency.name;

/**
 * "Is Homeland Security in charge of the negotiations?", "was it the Commerce Secretary who sent
 * the report?", "did Trump sign 11001?": whether the one named does what the question says. The
 * agencies whose tasks cover it are found; the answer is Yes when the one named (or the office it
 * holds) is among them, else No naming who does it, then what the one named does.
 */
export const roleCheck: Rule = {
  name: 'role-check',
  answer(analysis, ctx, now) {
    const words = analysis.words.join(' ');
    if (!analysis.aspects.has('yes-no') || !ASKS_WHO_DOES.test(analysis.typed.join(' '))) return null;
    // "Is USTR negotiating alone or with Commerce?" weighs two readings: the fact that tells both answers.
    if (/\bor\b/.test(words)) return null;
    const agencies = [...analysis.mentions].filter((m) => m.ref.kind === 'agency').sort((a, b) => a.start - b.start);
    const first = agencies[0];
    if (!first || first.ref.kind !== 'agency') return null;
    const subject = first.ref.entity;
    // The others named are what is done to or with ("sent the report to the President"), not who does it.
    const namedTerms = new Set(agencies.flatMap((m) => analysis.terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)));
    const asked = analysis.query.filter((q) => q.known && !CHECK_WORDS.has(q.term) && !namedTerms.has(q.term));
    const total = asked.reduce((sum, q) => sum + q.weight * q.idf, 0);
    if (total === 0) return null;
    const askedTerms = new Set(asked.map((q) => q.term));
    // A task must cover what is asked; of those, the ones most about it hold it: "co-leads the
    // negotiations" is the talks' task, "decided on negotiations instead of tariffs" mentions them.
    const fit = (task: string) => {
      const terms = termSetOf(task);
      const share = asked.reduce((sum, q) => sum + (terms.has(q.term) ? q.weight * q.idf : 0), 0) / total;
      return share < MIN_SHARE ? 0 : share * ([...terms].filter((t) => askedTerms.has(t)).length / terms.size);
    };
    const fits = ctx.kb.agencies.map((agency) => ({ agency, fit: Math.max(0, ...(agency.tasks ?? []).map(fit)) }));
    const best = Math.max(...fits.map((f) => f.fit));
    if (best === 0) return null;
    const holders = fits.filter((f) => f.fit >= best * NEAR_BEST).map((f) => f.agency);
    const families = [...new Map(holders.map((a) => familyOf(ctx.kb, a)).map((a) => [a.id, a])).values()];
    // "Is USTR the only one leading the talks?": not when the task is shared.
    const yes = families.some((f) => f.id === familyOf(ctx.kb, subject).id) && !(ONLY.test(words) && families.length > 1);
    const own = agencyAnswer(ctx.kb, subject, ctx.related.forText(displayName(first.ref)));
    const named = (family: Agency) => {
      const people = holders.filter((h) => h.id !== family.id && familyOf(ctx.kb, h).id === family.id).map((h) => h.name);
      return people.length > 0 ? `${withArticle(family)} (${people.join(', ')})` : withArticle(family);
    };
    const lead = yes ? 'Yes.' : `No. The sources give that task to ${families.map(named).join(' and ')}.`;
    const others = yes ? [] : families;
    return {
      ...own,
      text: tensed(ctx.kb, `${lead} ${own.text}`, now),
      sources: citeSources(ctx.kb, [...subject.sources, ...others.flatMap((a) => a.sources)], 4),
    };
  },
};
