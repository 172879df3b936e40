import { fileURLToPath } from 'node:url';

/** The evaluation sets, found from this module so the working directory does not matter. */
const EVAL_DIR = new URL('../../../test/eval/', import.meta.url);
export const EVAL_SET_PATH = fileURLToPath(new URL('questions.yaml', EVAL_DIR));
/** The blind set's tuning part: the first round's two thirds, then later rounds written after the holdout was frozen. */
export const BLIND_TUNE_PATHS = ['blind/tune.yaml', 'blind/tune-2.yaml', 'blind/tune-3.yaml', 'blind/tune-4.yaml', 'blind/tune-5.yaml', 'blind/tune-6.yaml', 'blind/tune-7.yaml', 'blind/tune-8.yaml', 'blind/tune-9.yaml', 'blind/tune-10.yaml', 'blind/tune-11.yaml', 'blind/tune-12.yaml', 'blind/tune-13.yaml', 'blind/tune-14.yaml', 'blind/tune-15.yaml', 'blind/tune-16.yaml', 'blind/tune-17.yaml', 'blind/tune-18.yaml', 'blind/tune-19.yaml', 'blind/tune-20.yaml', 'blind/tune-21.yaml', 'blind/tune-22.yaml', 'blind/tune-23.yaml', 'blind/tune-24.yaml', 'blind/tune-25.yaml', 'blind/tune-26.yaml', 'blind/tune-27.yaml', 'blind/tune-28.yaml', 'blind/tune-29.yaml', 'blind/tune-30.yaml'].map((p) => fileURLToPath(new URL(p, EVAL_DIR)));
export const BLIND_HOLDOUT_PATH = fileURLToPath(new URL('blind/holdout.yaml', EVAL_DIR));
