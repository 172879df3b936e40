/** Every problem found while loading knowledge; the load fails as a whole so nothing half-loads. */
export class KnowledgeError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`Knowledge is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.map((p) => `- ${p}`).join('\n')}${more}`);
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}

/** The line after a KnowledgeError that stops a process from starting: what to do about it. */
export const FIX_KNOWLEDGE_HINT = 'Fix the problems above in the knowledge files (npm run knowledge:check lists them) and start again.';

/** `sources[0].id` from a zod path such as ['sources', 0, 'id']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
