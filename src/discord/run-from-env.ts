import { createEngineHolder } from '../engine/engine-holder.js';
import { createEngine } from '../engine/engine.js';
import { FIX_KNOWLEDGE_HINT, KnowledgeError } from '../knowledge/errors.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { loadStartupKnowledge } from '../knowledge/snapshot.js';
import { ConfigError, parseConfig } from './config.js';
import { EXIT_FAILED, runDiscord, type DiscordIo } from './start.js';

/**
 * `npm start` with a token: reads the configuration and the knowledge, then runs the bot. Either
 * failing at start is reported in a few plain lines and exits 1, before anything connects.
 */
export async function runDiscordFromEnv(env: NodeJS.ProcessEnv, io: DiscordIo, knowledgeDir?: string): Promise<number> {
  try {
    const config = parseConfig(env);
    const startup = await loadStartupKnowledge(knowledgeDir);
    // The first engine comes from the snapshot when it matches; every reload reads the YAML.
    let initial: typeof startup.kb | null = startup.kb;
    const holder = createEngineHolder(() => {
      const kb = initial ?? loadKnowledge(knowledgeDir);
      initial = null;
      return createEngine(kb);
    });
    return await runDiscord(config, holder, io);
  } catch (err) {
    if (err instanceof ConfigError) {
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
