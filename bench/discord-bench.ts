import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createBot } from '../src/discord/bot.js';
import { parseConfig } from '../src/discord/config.js';
import { createLogger } from '../src/discord/logger.js';
import type { Engine } from '../src/engine/engine-api.js';
import { createEngine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { startFakeDiscord, type CommandOption, type FakeDiscord, type InteractionRecord } from '../test/support/fake-discord.js';
import { percentile, recordTable, type BenchSection } from './section.js';

export interface DiscordBenchOptions {
  engine?: Engine;
  interactions?: number;
}

const MB = 1024 * 1024;
const P99_TARGET_MS = 50;

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** A realistic mix: mostly /ask (suggested questions and free text), some autocomplete and other commands. */
function workload(engine: Engine, fake: FakeDiscord): (() => InteractionRecord)[] {
  const str = (name: string, value: string, focused = false): CommandOption => ({ type: 3, name, value, ...(focused ? { focused } : {}) });
  const questions = engine.suggestQuestions('', 25).map((c) => c.name);
  const typed = ['when does the window end', 'is there a tariff now', 'what does USTR do', 'is copper covered', 'what is a PCMDP', 'who won the 1998 world cup'];
  return [
    ...questions.map((q) => () => fake.dispatchCommand('ask', [str('question', q)])),
    ...typed.map((q) => () => fake.dispatchCommand('ask', [str('question', q)])),
    ...typed.map((q) => () => fake.dispatchAutocomplete('ask', [str('question', q.slice(0, 8), true)])),
    () => fake.dispatchCommand('deadline'),
    () => fake.dispatchCommand('timeline'),
    () => fake.dispatchCommand('minerals'),
    () => fake.dispatchCommand('sources'),
    () => fake.dispatchCommand('help'),
  ];
}

/**
 * End-to-end latency through the real discord.js client and the local Discord-protocol server:
 * from INTERACTION_CREATE leaving the gateway to the callback arriving, one interaction at a time.
 * Memory is the whole process (bot, engine, knowledge and the small fake server) once ready.
 */
export async function runDiscordBench(options: DiscordBenchOptions = {}): Promise<Record<string, string | number>> {
  const engine = options.engine ?? createEngine(loadKnowledge());
  const total = options.interactions ?? 400;
  const fake = await startFakeDiscord();
  const logger = createLogger('info', { write: () => undefined });
  const config = parseConfig({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl });
  const bot = createBot(config, { engine: () => engine, now: () => new Date(), logger });
  try {
    const started = performance.now();
    await bot.start();
    const readyMs = performance.now() - started;
    const ready = process.memoryUsage();

    const mix = workload(engine, fake);
    const latencies: number[] = [];
    let refused = 0;
    for (let i = 0; i < total; i += 1) {
      const record = (mix[i % mix.length] as () => InteractionRecord)();
      const callback = await fake.response(record);
      latencies.push(callback.latencyMs);
      refused += record.callbacks.length - 1;
    }
    latencies.sort((a, b) => a - b);
    const after = process.memoryUsage();
    return {
      'discord interactions': total,
      'discord refused callbacks': refused,
      'discord ready ms': round(readyMs),
      'discord latency p50 ms': round(percentile(latencies, 50), 2),
      'discord latency p99 ms': round(percentile(latencies, 99), 2),
      'discord latency max ms': round(latencies[latencies.length - 1] as number, 2),
      'discord latency p99 target ms': P99_TARGET_MS,
      'discord rss once ready MB': round(ready.rss / MB),
      'discord heap once ready MB': round(ready.heapUsed / MB),
      'discord rss after run MB': round(after.rss / MB),
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}

/** The section bench/run.ts prints, with the latency target and "Discord refused nothing" as checks. */
export const discordBenchSection: BenchSection = {
  name: 'Discord end-to-end',
  async run() {
    const record = await runDiscordBench();
    const p99 = record['discord latency p99 ms'] as number;
    return {
      tables: [recordTable('Discord end-to-end (real discord.js client ↔ local Discord-protocol server)', record)],
      checks: [
        { label: `Discord dispatch→callback p99 ${p99} ms ≤ ${P99_TARGET_MS} ms`, ok: p99 <= P99_TARGET_MS },
        { label: 'Discord accepted every callback (no 400/404 for limits, double acks or lateness)', ok: record['discord refused callbacks'] === 0 },
      ],
      notes: ['memory is the whole bench process: bot, engine, knowledge, tsx and the small fake server'],
    };
  },
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, value] of Object.entries(await runDiscordBench())) console.log(`${name}: ${value}`);
}
