import { isConfident } from '../abstain.js';
import { factAnswer } from '../answers/fact.js';
import type { Rule } from './rule.js';

const LONG_WORDS = 30;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Does the proclamation say why lithium matters?": the facts speak of critical minerals in
 * general, and what they say holds for every mineral on the list. The question is asked again with
 * each listed mineral it names replaced by "critical minerals". Materials that are not on the list
 * are left alone: what the facts say does not apply to them.
 */
export const mineralAsCategory: Rule = {
  name: 'mineral-as-category',
  answer(analysis, ctx, now) {
    // A long message names its minerals in passing; read again as categories, it only ranks its scene.
    if (analysis.typed.length > LONG_WORDS) return null;
    let rewritten = analysis.text;
    for (const { ref } of analysis.mentions) {
      if (ref.kind !== 'mineral' || !ref.entity.listed) continue;
      const names = [ref.entity.name, ...ref.entity.aliases].sort((a, b) => b.length - a.length).map(escapeRegExp);
      rewritten = rewritten.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), 'critical minerals');
      if (ref.entity.symbol) rewritten = rewritten.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(ref.entity.symbol)}(?![\\p{L}\\p{N}])`, 'gu'), 'critical minerals');
    }
    if (rewritten === analysis.text) return null;
    const best = ctx.analyse(rewritten).ranked[0];
    const fact = isConfident(best) ? ctx.kb.factById.get(best.id) : undefined;
    return fact && best ? factAnswer(ctx.kb, fact, ctx.related.forFact(fact), Math.min(1, best.score), now, { yesNo: analysis.aspects.has('yes-no') }) : null;
  },
};
