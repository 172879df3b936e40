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

/**
 * Characters JSON leaves as they are but a terminal acts on (DEL, C1 controls such as CSI) or that
 * reorder the line (bidi overrides and marks); escaped, the data is the same and the line inert.
 */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One JSON Lines record, safe to print to a terminal whatever the question held. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
