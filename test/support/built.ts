import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npm run build` writes dist/. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A file of the built program. `npm test` builds first; running one test file alone needs
 * `npm run build` after changing src/, or the smoke tests would run yesterday's code.
 */
export function builtEntry(relative: string): string {
  const path = `${ROOT}dist/${relative}`;
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`npm run build\` first (npm test does)`);
  return path;
}
