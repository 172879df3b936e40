import { ConfigError, parseConfig } from '../../../src/discord/config.js';
import { runDiscord } from '../../../src/discord/start.js';
import { createEngineHolder } from '../../../src/engine/engine-holder.js';
import { createEngine } from '../../../src/engine/engine.js';
import { loadKnowledgeInWorker } from '../../../src/knowledge/load-in-worker.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';
import { catchReloadSignal } from '../../../src/process/reload-signal.js';

/**
 * `npm start` for Discord, with the knowledge folder given as the first argument so a test can
 * break and fix a copy of it and send the real process SIGHUP.
 */
const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: tsx run-bot.ts <knowledge dir>');
try {
  const config = parseConfig(process.env);
  const holder = createEngineHolder(createEngine(loadKnowledge(dir)), async () => createEngine(await loadKnowledgeInWorker(dir)));
  if (!(await runDiscord(config, holder, catchReloadSignal()))) process.exit(1);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
