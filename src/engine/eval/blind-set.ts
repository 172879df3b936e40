import { parse } from 'yaml';
import { z } from 'zod';
import { isValidIsoDate } from '../../knowledge/dates.js';

/** Kinds of in-domain question, reported separately because they fail in different ways. */
export const ANSWERABLE_KINDS = ['importer', 'dates', 'people', 'definitions', 'minerals', 'background', 'next', 'two-part'] as const;
export const DECLINE_KINDS = ['other-action', 'off-topic'] as const;
export const STYLES = ['casual', 'typo', 'long', 'yes-no', 'terse', 'formal'] as const;

/** A pattern over the answer a reader sees, written as the writer's regular expression (case-insensitive). */
const Pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

const BlindAnswerable = z.strictObject({
  q: z.string().min(1),
  kind: z.enum(ANSWERABLE_KINDS),
  style: z.enum(STYLES),
  /** The day the question is asked on (YYYY-MM-DD); the set's default when absent. */
  now: z.string().refine(isValidIsoDate, 'must be YYYY-MM-DD').optional(),
  /** Every pattern must match what the reader sees. */
  must: z.array(Pattern).min(1),
  /** No pattern may match: a wrong claim a sloppy answer would make. */
  mustNot: z.array(Pattern).default([]),
  /** The writer's own model answer, which every pattern was checked against. */
  ideal: z.string().min(1),
  writer: z.string().min(1),
});

const BlindDecline = z.strictObject({
  q: z.string().min(1),
  kind: z.enum(DECLINE_KINDS),
  style: z.enum(STYLES),
  writer: z.string().min(1),
});

/**
 * Questions written blind: by writers who read only the article and the dossier, never the
 * knowledge or the engine. Each says what a right answer must contain, not which fact wins.
 */
export const BlindSetSchema = z.strictObject({
  /** The day questions without their own `now` are asked on. */
  now: z.string().refine(isValidIsoDate, 'must be YYYY-MM-DD'),
  answerable: z.array(BlindAnswerable).min(1),
  declines: z.array(BlindDecline).min(1),
});

export type BlindSet = z.infer<typeof BlindSetSchema>;
export type BlindAnswerableCase = z.infer<typeof BlindAnswerable>;
export type BlindDeclineCase = z.infer<typeof BlindDecline>;

export function parseBlindSet(text: string): BlindSet {
  return BlindSetSchema.parse(parse(text));
}

/** Several blind sets asked as one (they share the default day). */
export function mergeBlindSets(sets: readonly BlindSet[]): BlindSet {
  const [first] = sets;
  if (!first) throw new Error('no blind sets to merge');
  return { now: first.now, answerable: sets.flatMap((s) => s.answerable), declines: sets.flatMap((s) => s.declines) };
}
