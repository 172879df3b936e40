import type { KnowledgeBase } from '../../knowledge/model.js';
import { buildEventIndex } from '../analysis/event-index.js';
import { createAnalyzer, type QuestionAnalysis } from '../analysis/question-analysis.js';
import { buildEntityIndex, type EntityIndex } from '../entities.js';
import { buildFactIndex, type FactIndex } from './fact-index.js';
import { ASK_BONUS, PAIR_BONUS, PHRASING_SHARE } from './rank.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

export interface QuestionSearch {
  index: FactIndex;
  entities: EntityIndex;
  vocabulary: Vocabulary;
  /** One question read once: terms, mentions, shape and the ranked facts (see QuestionAnalysis). */
  analyse(question: string): QuestionAnalysis;
}

export function buildQuestionSearch(kb: KnowledgeBase): QuestionSearch {
  const index = buildFactIndex(kb.facts);
  const entities = buildEntityIndex(kb);
  const vocabulary = buildVocabulary(kb);
  const analyzer = createAnalyzer({ index, entities, events: buildEventIndex(kb), vocabulary });
  return { index, entities, vocabulary, analyse: analyzer.analyse };
}

/** A readable account of how a question was understood and scored (eval misses, debugging). */
export function explain(analysis: QuestionAnalysis, top = 3): string {
  const lines = [
    `terms: ${analysis.terms.map((t) => (t.edits ? `${t.term}(${t.source}~${t.edits})` : t.term)).join(' ') || '(none)'}`,
    `query: ${analysis.query.map((q) => `${q.term}${q.known ? '' : '?'}:${(q.weight * q.idf).toFixed(2)}`).join(' ')}`,
    `shape: ${[...analysis.aspects].join(',')}${analysis.relations.size ? ` / ${[...analysis.relations].join(',')}` : ''}${analysis.cues.size ? `; cues ${[...analysis.cues].join(',')}` : ''}`,
  ];
  const named = [
    ...analysis.mentions.map((m) => `${m.ref.kind}:${m.ref.id}`),
    ...analysis.events.map((e) => `event:${e.event.id}`),
    ...analysis.countries.map((c) => `country:${c.id}`),
    ...analysis.tradeActions.map((a) => `action:${a.id}`),
  ];
  if (named.length) lines.push(`mentions: ${named.join(' ')}`);
  for (const s of analysis.ranked.slice(0, top)) {
    lines.push(
      `  ${s.id}: score ${s.score.toFixed(3)} = (${(1 - PHRASING_SHARE).toFixed(2)}×terms ${s.terms.toFixed(3)} + ${PHRASING_SHARE.toFixed(2)}×phrasing ${s.phrasing.toFixed(3)}) × √coverage ${s.coverage.toFixed(2)} × (1 + ${PAIR_BONUS}×pairs ${s.pairs.toFixed(2)})${s.sameAsk ? ` × ${1 + ASK_BONUS} (same question word)` : ''} [${s.perTerm.map((t) => `${t.term}@${t.fields.join('/')}`).join(' ')}]`,
    );
  }
  return lines.join('\n');
}
