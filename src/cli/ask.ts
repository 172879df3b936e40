import '../process/regexp-compilation.js';
import { createEngine } from '../engine/engine.js';
import { loadStartupKnowledge } from '../knowledge/snapshot.js';
import { useTermsSnapshot } from '../process/terms-snapshot.js';
import { runAsk } from './run-ask.js';

// A reader that stops early (`npm run ask -- --stdin < q.txt | head -3`) is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runAsk({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
  openEngine: async () => {
    useTermsSnapshot();
    return createEngine((await loadStartupKnowledge()).kb);
  },
  color: process.stdout.isTTY === true,
});
