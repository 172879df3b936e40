import type { Answer, CitedSource, FactLink } from '../engine/answer.js';

/** The machine-readable answer `npm run ask -- --json` prints: stable keys for scripts and evaluation. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  text: string;
  factIds: string[];
  sources: CitedSource[];
  related: FactLink[];
  score: number;
}

export function answerJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    answered: answer.answered,
    text: answer.text,
    factIds: answer.factIds,
    sources: answer.sources,
    related: answer.related,
    score: answer.score,
  };
}
