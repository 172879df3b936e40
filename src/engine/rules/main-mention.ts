import { entityAnswer } from '../answers/entity.js';
import { displayName } from '../entities.js';
import { ENTITY_CUES } from './named-entity.js';
import type { Rule } from './rule.js';

/** Share of the question's weight an entity's name (and its cue words) must carry to answer for it. */
const MAIN_SHARE = 0.6;

/** The entity a question is mostly about, for when it asks more than its name and no fact answers confidently. */
export const mainMention: Rule = {
  name: 'main-mention',
  answer(analysis, ctx, now) {
    const total = analysis.query.reduce((s, q) => s + q.weight * q.idf, 0);
    for (const m of analysis.mentions) {
      if (m.start < 0) continue;
      const named = new Set(analysis.terms.slice(m.start, m.end).map((t) => t.term));
      const weight = analysis.query.filter((q) => named.has(q.term) || ENTITY_CUES[m.ref.kind].has(q.term)).reduce((s, q) => s + q.weight * q.idf, 0);
      if (total > 0 && weight / total >= MAIN_SHARE) return entityAnswer(ctx.kb, m.ref, ctx.related.forText(displayName(m.ref)), now, analysis.aspects.has('yes-no'));
    }
    return null;
  },
};
