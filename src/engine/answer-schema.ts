import { z } from 'zod';
import { MAX_ANSWER_TEXT } from './answer.js';

/**
 * A source as a reader sees it: its name, where in it ("clause (1)", "¶4"), and a link. `id` is the
 * registry's, for --json and tracing only; no front end shows it.
 */
export const CitedSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string().optional(),
  /** The host of the copy the link opens, when it is a mirror of the publisher's page. */
  mirror: z.string().optional(),
  locator: z.string(),
  /** 0 for the official text and the Federal Register, larger for weaker kinds of source. */
  authority: z.number(),
});

export const FactLinkSchema = z.object({ id: z.string(), title: z.string() });

/** A dated line a renderer may show in the reader's own time zone (Discord) or as text (console). */
export const AnswerDateSchema = z.object({
  label: z.string(),
  date: z.string(),
});

/** Extra structured content (one mineral's flags, one timeline entry, …). */
export const AnswerFieldSchema = z.object({
  name: z.string(),
  value: z.string(),
  /** The address of the document the entry describes (a source), linked where the front end can. */
  url: z.string().optional(),
});

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
