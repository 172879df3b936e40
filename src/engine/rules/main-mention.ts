import type { QuestionAnalysis } from '../analysis/question-analysis.js';
import { entityAnswer } from '../answers/entity.js';
import { foldWords } from '../text/fold.js';
import { displayName } from '../entities.js';
import { ENTITY_CUES, INVOLVED } from './named-entity.js';
import type { Rule } from './rule.js';

/** Share of the question's weight an entity's name (and its cue words) must carry to answer for it. */
const MAIN_SHARE = 0.6;

/**
 * An unknown word written with a capital inside the sentence ("what did Rubio say about
 * Venezuela?") names something the knowledge has never heard of: the question is about that.
 */
function namesSomethingElse(analysis: QuestionAnalysis): boolean {
  const unknown = new Set(analysis.terms.filter((t) => analysis.query.some((q) => q.term === t.term && !q.known)).map((t) => t.source));
  return analysis.text
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}/u.test(w) && unknown.has(foldWords(w)[0] ?? ''));
}

/** The entity a question is mostly about, for when it asks more than its name and no fact answers confidently. */
export const mainMention: Rule = {
  name: 'main-mention',
  answer(analysis, ctx, now) {
    // Words the knowledge never uses ("how does it FIT into this") say nothing against the entity.
    const known = analysis.query.filter((q) => q.known);
    // A country named beside the entity is what the question is about ("what did Rubio say about Venezuela?").
    if (analysis.query.length - known.length > 2 || analysis.countries.length > 0 || namesSomethingElse(analysis)) return null;
    const total = known.reduce((s, q) => s + q.weight * q.idf, 0);
    for (const m of analysis.mentions) {
      if (m.start < 0) continue;
      const named = new Set(analysis.terms.slice(m.start, m.end).map((t) => t.term));
      const weight = known.filter((q) => named.has(q.term) || ENTITY_CUES[m.ref.kind].has(q.term)).reduce((s, q) => s + q.weight * q.idf, 0);
      const asked = INVOLVED.test(analysis.words.join(' ')) ? 'involved' : 'listed';
      if (total > 0 && weight / total >= MAIN_SHARE) return entityAnswer(ctx.kb, m.ref, ctx.related.forText(displayName(m.ref)), now, analysis.aspects.has('yes-no'), asked);
    }
    return null;
  },
};
