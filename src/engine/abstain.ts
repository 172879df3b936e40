import type { FactScore } from './search/rank.js';

/**
 * The bar a fact must clear to be given as the answer. Below it the engine says it does not know:
 * a wrong answer costs the team more than an honest miss. Tuned on test/eval (see npm run eval).
 */
export const MIN_SCORE = 0.23;
/** Share of the question's weight (unknown words included) the fact must account for. */
export const MIN_COVERAGE = 0.55;
/** A miss still offers facts scoring at least this much as "did you mean". */
export const MIN_SUGGESTION_SCORE = 0.12;

export function isConfident(score: FactScore | undefined): score is FactScore {
  return score !== undefined && score.score >= MIN_SCORE && score.coverage >= MIN_COVERAGE;
}
