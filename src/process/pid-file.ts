import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

export class PidFileError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Configuration error: PID_FILE ${path} cannot be written (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`);
    this.name = 'PidFileError';
  }
}

/**
 * Writes this process's id to `path` so a reload can be sent to the bot itself
 * (`kill -HUP "$(cat bot.pid)"`) rather than to npm or the shell in front of it; the file goes
 * when the process exits, unless another bot has taken it over meanwhile.
 */
export function writePidFile(path: string, proc: NodeJS.Process = process): void {
  try {
    writeFileSync(path, `${proc.pid}\n`);
  } catch (err) {
    throw new PidFileError(path, err);
  }
  proc.on('exit', () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(proc.pid)) unlinkSync(path);
    } catch {
      // Already gone: nothing to tidy.
    }
  });
}
