import { config as loadEnv } from 'dotenv';
import { runConsole } from './cli/console.js';
import { ConfigError, parseConfig, type DiscordConfig } from './discord/config.js';
import { runDiscord } from './discord/start.js';
import { createEngine } from './engine/engine.js';
import { createEngineHolder, type EngineHolder } from './engine/engine-holder.js';
import { KnowledgeError } from './knowledge/errors.js';
import { loadKnowledgeInWorker } from './knowledge/load-in-worker.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './knowledge/loader.js';

/** Exit code, or null while the Discord bot keeps running. */
async function main(): Promise<number | null> {
  loadEnv({ quiet: true });
  const wantsDiscord = (process.env.DISCORD_TOKEN ?? '').trim() !== '';
  let config: DiscordConfig | null = null;
  let holder: EngineHolder;
  try {
    if (wantsDiscord) config = parseConfig(process.env);
    // Nothing serves yet at start-up, so the first load may block; reloads run on a worker thread.
    holder = createEngineHolder(createEngine(loadKnowledge(DEFAULT_KNOWLEDGE_DIR)), async () =>
      createEngine(await loadKnowledgeInWorker(DEFAULT_KNOWLEDGE_DIR)),
    );
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  if (config === null) {
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
  return (await runDiscord(config, holder)) ? null : 1;
}

const code = await main();
if (code !== null) process.exit(code);
