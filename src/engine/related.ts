import type { KnowledgeBase, LoadedFact } from '../knowledge/model.js';
import type { FactLink } from './answer.js';
import { link } from './answers/fact.js';
import type { FactIndex } from './search/fact-index.js';
import { queryTerms, rankFacts } from './search/rank.js';
import { analyze } from './text/analyze.js';

/** How many related facts an answer offers (Discord shows them as buttons, five to a row). */
export const MAX_RELATED = 5;
const CLOSE_FACT_SCORE = 0.25;

export interface RelatedFinder {
  /** The fact's own related list first, then the closest other facts by title and tags. */
  forFact(fact: LoadedFact): FactLink[];
  /** Facts about a named thing (a mineral, an agency, a term). */
  forText(text: string, exclude?: readonly string[]): FactLink[];
}

export function createRelatedFinder(kb: KnowledgeBase, index: FactIndex): RelatedFinder {
  const close = (text: string, exclude: ReadonlySet<string>, limit: number): LoadedFact[] => {
    const query = queryTerms(analyze(text).terms, index, false);
    return rankFacts(index, query)
      .filter((s) => s.score >= CLOSE_FACT_SCORE && !exclude.has(s.id))
      .slice(0, limit)
      .map((s) => index.facts[s.index]?.fact)
      .filter((f): f is LoadedFact => f !== undefined);
  };
  const memo = new Map<string, FactLink[]>();
  return {
    forFact(fact) {
      const known = memo.get(fact.id);
      if (known) return known;
      const own = fact.related.map((id) => kb.factById.get(id)).filter((f): f is LoadedFact => f !== undefined);
      const exclude = new Set([fact.id, ...own.map((f) => f.id)]);
      const extra = close(`${fact.title} ${fact.tags.join(' ')}`, exclude, Math.max(0, Math.min(2, MAX_RELATED - own.length)));
      const links = [...own, ...extra].slice(0, MAX_RELATED).map(link);
      memo.set(fact.id, links);
      return links;
    },
    forText(text, exclude = []) {
      return close(text, new Set(exclude), 3).map(link);
    },
  };
}
