import type { Answer, CitedSource, FactLink } from '../engine/answer.js';

/** The machine-readable answer `npm run ask -- --json` prints: stable keys for scripts and evaluation. */
export interface AnswerJson {
  question: string;
  answered: boolean;
  /** Which rule or command produced it, so a wrong answer can be traced. */
  intent: string;
  text: string;
  factIds: string[];
  /** As shown to readers (at most three, strongest first), with the registry's ids kept. */
  sources: CitedSource[];
  /** Facts to read next: the close questions when the engine did not answer, as the text lists them. */
  related: FactLink[];
  score: number;
}

export function answerJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    answered: answer.answered,
    intent: answer.intent,
    text: answer.text,
    factIds: answer.factIds,
    sources: answer.sources,
    related: answer.answered ? answer.related : answer.suggestions,
    score: answer.score,
  };
}
