import type { KnowledgeBase } from '../../knowledge/model.js';
import type { Answer } from '../answer.js';
import { accepted, type EvalSet } from './eval-set.js';

/** What a system answered, as a comparable key: a fact id, "kind:id" for entity answers, or null for a decline. */
export type AnswerKey = string | null;

/**
 * The key of an engine answer, in the eval set's notation. Entity answers carry no id, so the
 * entity is found again by the title the engine gives it (its name, with the symbol for minerals).
 */
export function answerKey(kb: KnowledgeBase, answer: Answer): AnswerKey {
  if (!answer.answered) return null;
  if (answer.kind === 'fact') return answer.factIds[0] ?? null;
  if (answer.kind === 'composed') return answer.factIds.join('+') || `composed:${answer.title}`;
  const entity =
    answer.kind === 'mineral'
      ? kb.minerals.find((m) => (m.symbol ? `${m.name} (${m.symbol})` : m.name) === answer.title)
      : answer.kind === 'agency'
        ? kb.agencies.find((a) => a.name === answer.title)
        : answer.kind === 'glossary'
          ? kb.glossary.find((g) => g.term === answer.title)
          : undefined;
  return `${answer.kind}:${entity?.id ?? answer.title}`;
}

export interface EvalMiss {
  q: string;
  expected: string;
  got: AnswerKey;
}

export interface EvalReport {
  answerable: number;
  correct: number;
  /** Correct answers among the questions whose expected answer is a fact (what text-search baselines can do). */
  factCases: number;
  factCorrect: number;
  offTopic: number;
  declined: number;
  misses: EvalMiss[];
  /** Off-topic questions that got an answer anyway. */
  wronglyAnswered: { q: string; got: string }[];
  accuracy: number;
  abstention: number;
}

/**
 * Runs every question of the set through `answer` and compares. Works for any system that maps
 * a question to a key, so the engine and the baselines are scored by the same code.
 */
export function scoreEval(set: EvalSet, answer: (q: string) => AnswerKey): EvalReport {
  const misses: EvalMiss[] = [];
  let correct = 0;
  let factCases = 0;
  let factCorrect = 0;
  for (const c of set.answerable) {
    const got = answer(c.q);
    const keys = accepted(c.expect);
    const isFact = keys.every((k) => !k.includes(':'));
    if (isFact) factCases++;
    // A composed answer rests on several facts; it answers for each one it quotes.
    if (got !== null && keys.some((k) => got === k || got.split('+').includes(k))) {
      correct++;
      if (isFact) factCorrect++;
    } else misses.push({ q: c.q, expected: keys.join(' or '), got });
  }
  const wronglyAnswered: { q: string; got: string }[] = [];
  for (const q of set.offTopic) {
    const got = answer(q);
    if (got !== null) wronglyAnswered.push({ q, got });
  }
  const declined = set.offTopic.length - wronglyAnswered.length;
  return {
    answerable: set.answerable.length,
    correct,
    factCases,
    factCorrect,
    offTopic: set.offTopic.length,
    declined,
    misses,
    wronglyAnswered,
    accuracy: correct / set.answerable.length,
    abstention: declined / set.offTopic.length,
  };
}
