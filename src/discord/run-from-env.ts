import { createEngineHolder } from '../engine/engine-holder.js';
import { createEngine } from '../engine/engine.js';
import { FIX_KNOWLEDGE_HINT, KnowledgeError } from '../knowledge/errors.js';
import { loadKnowledgeInWorker } from '../knowledge/load-in-worker.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/read-files.js';
import { loadStartupKnowledge } from '../knowledge/snapshot.js';
import { PidFileError, writePidFile } from '../process/pid-file.js';
import { useTermsSnapshot } from '../process/terms-snapshot.js';
import { ConfigError, parseConfig } from './config.js';
import { EXIT_FAILED, runDiscord, type DiscordIo } from './start.js';

/**
 * `npm start` with a token: reads the configuration and the knowledge, then runs the bot. Either
 * failing at start is reported in a few plain lines and exits 1, before anything connects.
 */
export async function runDiscordFromEnv(env: NodeJS.ProcessEnv, io: DiscordIo, knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR): Promise<number> {
  try {
    const config = parseConfig(env);
    // Before knowledge is read, so a reload can be sent as soon as the file is there.
    if (config.pidFile !== undefined) writePidFile(config.pidFile);
    // The first engine comes from the snapshot when it matches; every reload reads the YAML, on a
    // worker thread, so a slow or huge folder never blocks the bot.
    const startup = await loadStartupKnowledge(knowledgeDir);
    useTermsSnapshot();
    const holder = createEngineHolder(createEngine(startup.kb), async () => createEngine(await loadKnowledgeInWorker(knowledgeDir)));
    return await runDiscord(config, holder, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof PidFileError) {
      io.stderr.write(`${err.message}\n`);
      return EXIT_FAILED;
    }
    if (err instanceof KnowledgeError) {
      io.stderr.write(`${err.message}\n${FIX_KNOWLEDGE_HINT}\n`);
      return EXIT_FAILED;
    }
    throw err;
  }
}
