import { isConfident } from '../abstain.js';
import { baseAnswer } from '../answers/base.js';
import { tensed } from '../answers/in-tense.js';
import { citeSources } from '../cite.js';
import { residualShare } from '../analysis/question-analysis.js';
import type { EntityRef } from '../entities.js';
import { termsOf } from '../text/analyze.js';
import type { Rule } from './rule.js';

type Defined = Extract<EntityRef, { kind: 'glossary' }>;

/** Words a comparison question uses besides the two terms. */
const FRAMING = new Set(termsOf('same thing proclamation 11001 here context mean meaning exactly really actually term terms concept concepts interchangeably interchangeable confuse confused mix mixed used mechanism mechanisms place places show appear right example examples each both explain explanation distinction distinguish line mention mentions mentioned'));

/** Terms that name what every question here is about, never one side of a comparison beside the term that joins two. */
const SETTING_TERMS = new Set(['section-232', 'critical-mineral']);

/**
 * "Price floor vs minimum import price": both definitions side by side, and the fact that relates
 * them here when one ranks confidently and names both.
 */
export const compareTerms: Rule = {
  name: 'compare-terms',
  answer(analysis, ctx, now) {
    if (!analysis.aspects.has('compare')) return null;
    const terms: Defined[] = [];
    for (const m of analysis.mentions) if (m.ref.kind === 'glossary' && !terms.some((t) => t.id === m.ref.id)) terms.push(m.ref);
    // "processed critical minerals vs derivative products" reads as the one term that joins them;
    // beside it, Section 232 or "critical mineral" is only the setting ("as used in this 232 action").
    const joining = terms.findIndex((t) => (t.entity.combines ?? []).length >= 2);
    const joined = joining >= 0 && terms.every((t, i) => i === joining || SETTING_TERMS.has(t.id)) ? terms[joining]?.entity.combines ?? [] : [];
    if (joined.length >= 2) terms.splice(0, terms.length, ...joined.map((id) => ctx.entities.all('glossary').find((r) => r.id === id)).filter((r): r is Defined => r?.kind === 'glossary'));
    if (terms.length < 2) return null;
    // "What does it say about mining versus processing?" compares other things than the terms it happens to name.
    const named = new Set(analysis.mentions.flatMap((m) => analysis.terms.slice(Math.max(m.start, 0), Math.max(m.end, 0)).map((t) => t.term)));
    if (residualShare(analysis, (t) => named.has(t) || FRAMING.has(t)) > 0.5) return null;
    const shown = terms.slice(0, 3);
    const names = (t: Defined) => [t.entity.term, ...t.entity.aliases].map((n) => n.toLowerCase());
    const relating = analysis.ranked.slice(0, 5).find((s) => {
      const answer = ctx.kb.factById.get(s.id)?.answer.toLowerCase() ?? '';
      return isConfident(s) && shown.filter((t) => names(t).some((n) => answer.includes(n))).length >= 2;
    });
    const fact = relating ? ctx.kb.factById.get(relating.id) : undefined;
    const text = [
      ...shown.map((t) => `${t.entity.term}: ${tensed(ctx.kb, t.entity.definition, now)}`),
      ...(fact ? [`How they relate here: ${tensed(ctx.kb, fact.answer, now)}`] : []),
    ].join('\n\n');
    return {
      ...baseAnswer('composed', shown.map((t) => t.entity.term).join(' vs '), text),
      factIds: fact ? [fact.id] : [],
      sources: citeSources(ctx.kb, [...shown.flatMap((t) => t.entity.sources), ...(fact?.sources ?? [])], 4),
      related: fact ? ctx.related.forFact(fact) : ctx.related.forText(shown.map((t) => t.entity.term).join(' ')).map((l) => l),
    };
  },
};
