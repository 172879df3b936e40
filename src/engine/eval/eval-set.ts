import { parse } from 'yaml';
import { z } from 'zod';

/**
 * What a question should get: a fact id ("window-end-date") or an entity answer
 * ("mineral:copper", "agency:ustr", "glossary:pcmdp").
 */
export const ExpectedKey = z.string().regex(/^(?:(?:mineral|agency|glossary):)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a fact id or kind:id');

export const EvalSetSchema = z.strictObject({
  /**
   * In-domain questions, written independently of the facts' own phrasings. `expect` is a list
   * where an entity and a fact say the same thing (DHS's role, and the fact on DHS's role).
   */
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.union([ExpectedKey, z.array(ExpectedKey).min(2)]) })).min(1),
  /** Questions the bot must decline. */
  offTopic: z.array(z.string().min(1)).min(1),
});

export type EvalSet = z.infer<typeof EvalSetSchema>;

/** Every answer a case accepts. */
export const accepted = (expect: string | readonly string[]): readonly string[] => (typeof expect === 'string' ? [expect] : expect);

export function parseEvalSet(text: string): EvalSet {
  return EvalSetSchema.parse(parse(text));
}
