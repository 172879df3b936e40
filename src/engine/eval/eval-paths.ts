import { fileURLToPath } from 'node:url';

/** The evaluation sets, found from this module so the working directory does not matter. */
const EVAL_DIR = new URL('../../../test/eval/', import.meta.url);
export const EVAL_SET_PATH = fileURLToPath(new URL('questions.yaml', EVAL_DIR));
/**
 * The blind set's tuning part: the first round's two thirds (tune.yaml), then the later rounds
 * tune-2 … tune-N, each written after the holdout was frozen and added here only once it had been
 * scored untuned.
 */
const LAST_ROUND = 38;
const ROUND_FILES = ['blind/tune.yaml', ...Array.from({ length: LAST_ROUND - 1 }, (_, i) => `blind/tune-${i + 2}.yaml`)];
export const BLIND_TUNE_PATHS = ROUND_FILES.map((p) => fileURLToPath(new URL(p, EVAL_DIR)));
export const BLIND_HOLDOUT_PATH = fileURLToPath(new URL('blind/holdout.yaml', EVAL_DIR));
