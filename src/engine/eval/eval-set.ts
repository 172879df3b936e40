import { parse } from 'yaml';
import { z } from 'zod';

/**
 * What a question should get: a fact id ("window-end-date") or an entity answer
 * ("mineral:copper", "agency:ustr", "glossary:pcmdp").
 */
export const ExpectedKey = z.string().regex(/^(?:(?:mineral|agency|glossary):)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a fact id or kind:id');

export const EvalSetSchema = z.strictObject({
  /**
   * Groups of fact ids that answer the same question (overlapping facts from different topic
   * files); an answer from the group counts as the expected one. Each group is a knowledge issue
   * to resolve by merging or sharpening the facts, so keep this list short and say why.
   */
  equivalent: z.array(z.array(ExpectedKey).min(2)).default([]),
  /** In-domain questions, written independently of the facts' own phrasings. */
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: ExpectedKey })).min(1),
  /** Questions the bot must decline. */
  offTopic: z.array(z.string().min(1)).min(1),
});

export type EvalSet = z.infer<typeof EvalSetSchema>;

export function parseEvalSet(text: string): EvalSet {
  return EvalSetSchema.parse(parse(text));
}
