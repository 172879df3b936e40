/** Longest stretch of a question the engine reads; the rest is ignored so huge pastes stay cheap. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Makes any user text safe to analyse: unicode-normalised, control and format characters
 * (zero-width joiners, bidi overrides, NUL, …) turned into spaces, and cut to a bounded length.
 */
export function sanitizeQuestion(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  return text
    .slice(0, MAX_QUESTION_CHARS * 2)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]+/gu, ' ')
    .slice(0, MAX_QUESTION_CHARS)
    .trim();
}
