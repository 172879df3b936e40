// The one import that runs before main: everything slow is loaded below, once SIGHUP is caught.
import { catchReloadSignal } from './process/reload-signal.js';

const reloadSignal = catchReloadSignal();

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console. Resolves to the exit code. */
async function main(): Promise<number> {
  const { config: loadEnv } = await import('dotenv');
  loadEnv({ quiet: true });
  if ((process.env.DISCORD_TOKEN ?? '').trim() !== '') {
    // discord.js and the config schemas cost the console a third of its start-up and 40 MB it never uses.
    const { runDiscordFromEnv } = await import('./discord/run-from-env.js');
    return runDiscordFromEnv(process.env, { stderr: process.stderr, signals: process, reloadSignal });
  }
  reloadSignal.release();
  // The console answers its first question cold; the bot, long-lived, keeps V8's leaner default (about 6 MB less).
  await import('./process/regexp-compilation.js');
  const [{ runConsole }, { createEngine }, { FIX_KNOWLEDGE_HINT, KnowledgeError }, { loadStartupKnowledge }, { useTermsSnapshot }] = await Promise.all([
    import('./cli/console.js'),
    import('./engine/engine.js'),
    import('./knowledge/errors.js'),
    import('./knowledge/snapshot.js'),
    import('./process/terms-snapshot.js'),
  ]);
  let engine;
  try {
    useTermsSnapshot();
    engine = createEngine((await loadStartupKnowledge()).kb);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(`${err.message}\n${FIX_KNOWLEDGE_HINT}`);
    return 1;
  }
  await runConsole({
    engine,
    input: process.stdin,
    output: process.stdout,
    now: () => new Date(),
    isTTY: Boolean(process.stdout.isTTY),
    // The console shows the user an apology; the details go to stderr for whoever runs it.
    onError: (error) => console.error('unexpected error while answering:', error),
  });
  return 0;
}

process.exit(await main());
