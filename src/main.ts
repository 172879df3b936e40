// The one import that runs before main: everything slow is loaded below, once SIGHUP is caught.
import type { DiscordConfig } from './discord/config.js';
import type { EngineHolder } from './engine/engine-holder.js';
import { catchReloadSignal } from './process/reload-signal.js';

const reloadSignal = catchReloadSignal();

/** Exit code, or null while the Discord bot keeps running. */
async function main(): Promise<number | null> {
  const { config: loadEnv } = await import('dotenv');
  const { ConfigError, parseConfig } = await import('./discord/config.js');
  const { KnowledgeError } = await import('./knowledge/errors.js');
  const { PidFileError, writePidFile } = await import('./process/pid-file.js');

  loadEnv({ quiet: true });
  const wantsDiscord = (process.env.DISCORD_TOKEN ?? '').trim() !== '';
  let holder: EngineHolder;
  let config: DiscordConfig | null = null;
  try {
    if (wantsDiscord) {
      config = parseConfig(process.env);
      if (config.pidFile !== undefined) writePidFile(config.pidFile);
    }
    const { createEngine } = await import('./engine/engine.js');
    const { createEngineHolder } = await import('./engine/engine-holder.js');
    const { loadKnowledgeInWorker } = await import('./knowledge/load-in-worker.js');
    const { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } = await import('./knowledge/loader.js');
    // Nothing serves yet at start-up, so the first load may block; reloads run on a worker thread.
    holder = createEngineHolder(createEngine(loadKnowledge(DEFAULT_KNOWLEDGE_DIR)), async () =>
      createEngine(await loadKnowledgeInWorker(DEFAULT_KNOWLEDGE_DIR)),
    );
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError || err instanceof PidFileError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  if (config === null) {
    reloadSignal.release();
    const { runConsole } = await import('./cli/console.js');
    await runConsole({
      engine: holder.engine(),
      input: process.stdin,
      output: process.stdout,
      now: () => new Date(),
      isTTY: Boolean(process.stdout.isTTY),
      // The console shows the user an apology; the details go to stderr for whoever runs it.
      onError: (error) => console.error('unexpected error while answering:', error),
    });
    return 0;
  }
  const { runDiscord } = await import('./discord/start.js');
  return (await runDiscord(config, holder, reloadSignal)) ? null : 1;
}

const code = await main();
if (code !== null) process.exit(code);
