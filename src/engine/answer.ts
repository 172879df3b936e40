import { z } from 'zod';

/** Longest primary answer text any front end receives (a composed answer of three parts fits). */
export const MAX_ANSWER_TEXT = 1800;

export const CitedSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  locator: z.string(),
});

export const FactLinkSchema = z.object({ id: z.string(), title: z.string() });

/** A dated line a renderer may show in the reader's own time zone (Discord) or as text (console). */
export const AnswerDateSchema = z.object({
  label: z.string(),
  date: z.string(),
});

/** Extra structured content (one mineral's flags, one timeline entry, …). */
export const AnswerFieldSchema = z.object({ name: z.string(), value: z.string() });

export const AnswerKind = z.enum([
  'fact',
  /** Put together from several facts and entities (a date, a duty question, a two-part question). */
  'composed',
  'deadline',
  'minerals',
  'mineral',
  'agencies',
  'agency',
  'timeline',
  'glossary',
  'sources',
  'help',
  'about',
  'miss',
]);

/** What the engine returns for every question and command; front ends only render it. */
export const AnswerSchema = z.object({
  kind: AnswerKind,
  /** Which rule (or command) produced the answer, so a wrong one can be traced. */
  intent: z.string(),
  answered: z.boolean(),
  title: z.string(),
  text: z.string().max(MAX_ANSWER_TEXT),
  factIds: z.array(z.string()),
  sources: z.array(CitedSourceSchema),
  related: z.array(FactLinkSchema),
  /** "Did you mean" candidates when the engine abstains. */
  suggestions: z.array(FactLinkSchema),
  fields: z.array(AnswerFieldSchema),
  dates: z.array(AnswerDateSchema),
  score: z.number(),
});

export type Answer = z.infer<typeof AnswerSchema>;
export type CitedSource = z.infer<typeof CitedSourceSchema>;
export type FactLink = z.infer<typeof FactLinkSchema>;
export type AnswerDate = z.infer<typeof AnswerDateSchema>;
export type AnswerField = z.infer<typeof AnswerFieldSchema>;
