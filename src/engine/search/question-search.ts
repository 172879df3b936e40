import type { KnowledgeBase } from '../../knowledge/model.js';
import { buildEntityIndex, type EntityIndex, type Mention } from '../entities.js';
import { analyze, type Analysis } from '../text/analyze.js';
import { buildFactIndex, type FactIndex } from './fact-index.js';
import { PHRASING_SHARE, queryTerms, rankFacts, type FactScore, type QueryTerm } from './rank.js';
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

/**
 * Words the knowledge has never seen weigh as much as a moderately rare known word: enough that an
 * off-topic question is mostly "unknown", not so much that one stray word sinks a good match.
 */
const UNKNOWN_IDF_SHARE = 0.6;

export function buildQuestionSearch(kb: KnowledgeBase): QuestionSearch {
  const index = buildFactIndex(kb.facts);
  const entities = buildEntityIndex(kb);
  const vocabulary = buildVocabulary(kb);
  const maxIdf = index.idf('\u0000');
  const unknownIdf = UNKNOWN_IDF_SHARE * maxIdf;
  return {
    index,
    entities,
    vocabulary,
    search(question) {
      const analysis = analyze(question, vocabulary.corrector);
      const query = queryTerms(analysis.terms, index, unknownIdf);
      return { analysis, query, mentions: entities.mentions(analysis.terms, question), ranked: rankFacts(index, query) };
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
      `  ${s.id}: score ${s.score.toFixed(3)} = (${(1 - PHRASING_SHARE).toFixed(2)}×terms ${s.terms.toFixed(3)} + ${PHRASING_SHARE.toFixed(2)}×phrasing ${s.phrasing.toFixed(3)}) × √coverage ${s.coverage.toFixed(2)} [${s.perTerm.map((t) => `${t.term}@${t.fields.join('/')}`).join(' ')}]`,
    );
  }
  return lines.join('\n');
}
