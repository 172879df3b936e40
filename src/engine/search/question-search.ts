import type { KnowledgeBase } from '../../knowledge/model.js';
import { buildEntityIndex, type EntityIndex, type Mention } from '../entities.js';
import { analyze, type Analysis } from '../text/analyze.js';
import { buildFactIndex, pairsOf, questionWord, type FactIndex } from './fact-index.js';
import { ASK_BONUS, PAIR_BONUS, PHRASING_SHARE, queryTerms, rankFacts, type FactScore, type QueryTerm } from './rank.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** Everything known about one question after analysis and ranking; `explain` prints it. */
export interface SearchOutcome {
  analysis: Analysis;
  query: QueryTerm[];
  mentions: Mention[];
  ranked: FactScore[];
}

export interface QuestionSearch {
  index: FactIndex;
  entities: EntityIndex;
  vocabulary: Vocabulary;
  search(question: string): SearchOutcome;
}

export function buildQuestionSearch(kb: KnowledgeBase): QuestionSearch {
  const index = buildFactIndex(kb.facts);
  const entities = buildEntityIndex(kb);
  const vocabulary = buildVocabulary(kb);
  return {
    index,
    entities,
    vocabulary,
    search(question) {
      const analysis = analyze(question, vocabulary.corrector);
      const query = queryTerms(analysis.terms, index);
      const pairs = pairsOf(analysis.terms.map((t) => t.term));
      return { analysis, query, mentions: entities.mentions(analysis.terms, question), ranked: rankFacts(index, query, pairs, questionWord(question)) };
    },
  };
}

/** A readable account of how a question was understood and scored (eval misses, debugging). */
export function explain(outcome: SearchOutcome, top = 3): string {
  const lines = [
    `terms: ${outcome.analysis.terms.map((t) => (t.edits ? `${t.term}(${t.source}~${t.edits})` : t.term)).join(' ') || '(none)'}`,
    `query: ${outcome.query.map((q) => `${q.term}${q.known ? '' : '?'}:${(q.weight * q.idf).toFixed(2)}`).join(' ')}`,
  ];
  if (outcome.mentions.length) lines.push(`mentions: ${outcome.mentions.map((m) => `${m.ref.kind}:${m.ref.id}`).join(' ')}`);
  for (const s of outcome.ranked.slice(0, top)) {
    lines.push(
      `  ${s.id}: score ${s.score.toFixed(3)} = (${(1 - PHRASING_SHARE).toFixed(2)}×terms ${s.terms.toFixed(3)} + ${PHRASING_SHARE.toFixed(2)}×phrasing ${s.phrasing.toFixed(3)}) × √coverage ${s.coverage.toFixed(2)} × (1 + ${PAIR_BONUS}×pairs ${s.pairs.toFixed(2)})${s.sameAsk ? ` × ${1 + ASK_BONUS} (same question word)` : ''} [${s.perTerm.map((t) => `${t.term}@${t.fields.join('/')}`).join(' ')}]`,
    );
  }
  return lines.join('\n');
}
