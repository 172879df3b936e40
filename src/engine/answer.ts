import type { z } from 'zod';
import type { AnswerDateSchema, AnswerFieldSchema, AnswerSchema, CitedSourceSchema, FactLinkSchema } from './answer-schema.js';

/**
 * The answer model's types, from the schemas in ./answer-schema.ts. Only types come from there, so
 * answering never loads zod: start-up is quicker without it, and the schemas check answers in tests.
 */

/** Longest primary answer text any front end receives (a composed answer of three parts fits). */
export const MAX_ANSWER_TEXT = 1800;

export type Answer = z.infer<typeof AnswerSchema>;
export type CitedSource = z.infer<typeof CitedSourceSchema>;
export type FactLink = z.infer<typeof FactLinkSchema>;
export type AnswerDate = z.infer<typeof AnswerDateSchema>;
export type AnswerField = z.infer<typeof AnswerFieldSchema>;
