import type { SearchOutcome } from './search/question-search.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Is there a tariff on lithium?": the facts speak of critical minerals in general, and what they
 * say holds for every mineral on the list. This rewrites the question with each listed mineral it
 * names replaced by "critical minerals", or returns null when it names none. Materials that are
 * not on the list are left alone: what the facts say does not apply to them.
 */
export function withMineralsAsCategory(question: string, outcome: SearchOutcome): string | null {
  let rewritten = question;
  for (const { ref } of outcome.mentions) {
    if (ref.kind !== 'mineral' || !ref.entity.listed) continue;
    const names = [ref.entity.name, ...ref.entity.aliases].sort((a, b) => b.length - a.length).map(escapeRegExp);
    rewritten = rewritten.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), 'critical minerals');
    if (ref.entity.symbol) rewritten = rewritten.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(ref.entity.symbol)}(?![\\p{L}\\p{N}])`, 'gu'), 'critical minerals');
  }
  return rewritten === question ? null : rewritten;
}
