import { fork, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBot } from '../src/discord/bot.js';
import { parseConfig } from '../src/discord/config.js';
import { liveContext } from '../src/discord/context.js';
import { createLogger } from '../src/discord/logger.js';
import { createEngineHolder } from '../src/engine/engine-holder.js';
import { createEngine } from '../src/engine/engine.js';
import { KnowledgeError } from '../src/knowledge/errors.js';
import { loadKnowledgeInWorker } from '../src/knowledge/load-in-worker.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../src/knowledge/loader.js';
import { startFakeDiscord, type CommandOption, type FakeDiscord, type InteractionRecord } from '../test/support/fake-discord.js';
import { formatTable, percentile, type BenchTable } from './section.js';

/**
 * npm run soak [-- --dir <knowledge folder>] [--interactions N] [--concurrency N]
 *
 * Sends a bounded, seeded mix of interactions (commands, autocomplete, buttons, menus, stale
 * buttons, unknown commands) through the local Discord-protocol server to the real discord.js
 * client, and reports failures, dispatch→callback latency and memory before and after. The fake
 * server runs in a child process so the memory figures are the bot's alone. Everything stays on
 * 127.0.0.1, and the run ends by itself within TIME_CAP_MS whatever happens.
 */
const TIME_CAP_MS = 240_000;
const ACK_TIMEOUT_MS = 5000;
const WARMUP = 1000;
const TARGETS = { failures: 0, p99Ms: 50, growthPercent: 5 };
const MB = 1024 * 1024;
const TSX_LOADER = import.meta.resolve('tsx');

type Json = Record<string, any>;

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

// ---------------------------------------------------------------- the fake Discord (child process)

type Request =
  | { seq: number; op: 'command'; name: string; options: CommandOption[] }
  | { seq: number; op: 'autocomplete'; name: string; options: CommandOption[] }
  | { seq: number; op: 'button' | 'select' | 'stale-button'; pick: number };

interface Reply {
  seq: number;
  ok: boolean;
  kind: string;
  latencyMs: number;
  /** Every callback status Discord would have sent back, e.g. [500, 204]. */
  statuses: number[];
}

/** Messages with fact buttons or menus, kept so later interactions can click them as users would. */
const MESSAGES_KEPT = 64;

async function serveFakeDiscord(): Promise<void> {
  const fake = await startFakeDiscord();
  const withButtons: Json[] = [];
  const withMenus: Json[] = [];
  const stale = fake.messageWith([{ type: 1, components: [{ type: 2, style: 2, label: 'Old', custom_id: 'fact:removed-long-ago' }] }]);
  const components = (message: Json, type: number): Json[] =>
    ((message.components as Json[] | undefined) ?? []).flatMap((row) => row.components as Json[]).filter((c) => c.type === type && String(c.custom_id ?? '').length > 0);
  const keep = (list: Json[], message: Json): void => {
    list.push(message);
    if (list.length > MESSAGES_KEPT) list.shift();
  };

  const dispatch = (request: Request): InteractionRecord => {
    switch (request.op) {
      case 'command':
        return fake.dispatchCommand(request.name, request.options);
      case 'autocomplete':
        return fake.dispatchAutocomplete(request.name, request.options);
      case 'stale-button':
        return fake.clickButton('fact:removed-long-ago', stale);
      case 'button': {
        const message = withButtons[request.pick % Math.max(1, withButtons.length)];
        if (!message) return fake.dispatchCommand('help');
        const buttons = components(message, 2);
        return fake.clickButton((buttons[request.pick % buttons.length] as Json).custom_id, message);
      }
      case 'select': {
        const message = withMenus[request.pick % Math.max(1, withMenus.length)];
        if (!message) return fake.dispatchCommand('help');
        const menu = components(message, 3)[0] as Json;
        const option = (menu.options as Json[])[request.pick % (menu.options as Json[]).length] as Json;
        return fake.chooseFromMenu(menu.custom_id, [option.value], message);
      }
    }
  };

  process.on('message', (request: Request) => {
    const record = dispatch(request);
    void fake
      .response(record, ACK_TIMEOUT_MS)
      .then((callback) => {
        const message = record.original;
        if (message && components(message, 2).length > 0) keep(withButtons, message);
        if (message && components(message, 3).length > 0) keep(withMenus, message);
        return { ok: true, latencyMs: callback.latencyMs };
      })
      .catch(() => ({ ok: false, latencyMs: Number.NaN }))
      .then(({ ok, latencyMs }) => {
        const reply: Reply = { seq: request.seq, ok, kind: record.kind, latencyMs, statuses: record.callbacks.map((c) => c.status) };
        // Only the bot's memory is measured, but the fake must not grow without bound either.
        fake.interactions.delete(record.id);
        fake.callbacks.length = 0;
        fake.requests.length = 0;
        process.send?.(reply);
      });
  });
  process.on('disconnect', () => void fake.close().finally(() => process.exit(0)));
  process.send?.({ ready: { token: fake.token, applicationId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.apiUrl } });
}

// ---------------------------------------------------------------- the workload

/** mulberry32: a seeded mix, so two runs send the same interactions in the same order. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
type Step = WithoutSeq<Request>;

const str = (name: string, value: string, focused = false): CommandOption => ({ type: 3, name, value, ...(focused ? { focused } : {}) });

const TYPED = [
  'when does the negotiation window end',
  'how many days are left',
  'is there a tariff now?',
  'what does USTR do',
  'is copper covered',
  'what is a PCMDP',
  'who signed the proclamation',
  'when was it published in the FR',
  'what happens if talks fail',
  'is lithium on the list',
  'what did the 232 report find',
  'who won the 1998 world cup',
  '@everyone **deadline** <@&123456789012345678>?',
  '[click](https://evil.example) ```code```',
];

function workload(seed: number, engine: ReturnType<typeof createEngine>): () => Step {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const suggestions = engine.suggestQuestions('', 25);
  const minerals = engine.kb.minerals.map((m) => m.name);
  const agencies = engine.agencyChoices().map((c) => c.value);
  const terms = engine.kb.glossary.map((g) => g.term);
  const steps: [number, () => Step][] = [
    [15, () => ({ op: 'command', name: 'ask', options: [str('question', pick(suggestions).value)] })],
    [8, () => ({ op: 'command', name: 'ask', options: [str('question', pick(suggestions).name)] })],
    [20, () => ({ op: 'command', name: 'ask', options: [str('question', pick(TYPED)), { type: 5, name: 'public', value: next() < 0.3 }] })],
    [12, () => ({ op: 'autocomplete', name: 'ask', options: [str('question', pick(TYPED).slice(0, 1 + Math.floor(next() * 12)), true)] })],
    [3, () => ({ op: 'autocomplete', name: 'minerals', options: [str('mineral', pick(minerals).slice(0, 3), true)] })],
    [2, () => ({ op: 'autocomplete', name: 'glossary', options: [str('term', pick(terms).slice(0, 2), true)] })],
    [10, () => ({ op: 'command', name: pick(['deadline', 'timeline', 'sources', 'help', 'about']), options: [] })],
    [4, () => ({ op: 'command', name: 'minerals', options: next() < 0.2 ? [] : [str('mineral', pick(minerals))] })],
    [3, () => ({ op: 'command', name: 'agencies', options: next() < 0.3 ? [] : [str('agency', pick(agencies))] })],
    [3, () => ({ op: 'command', name: 'glossary', options: [str('term', pick(terms))] })],
    [15, () => ({ op: 'button', pick: Math.floor(next() * 1e6) })],
    [3, () => ({ op: 'select', pick: Math.floor(next() * 1e6) })],
    [1, () => ({ op: 'stale-button', pick: 0 })],
    [1, () => ({ op: 'command', name: 'vote', options: [] })],
  ];
  const total = steps.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let roll = next() * total;
    for (const [weight, make] of steps) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return (steps[0] as [number, () => Step])[1]();
  };
}

// ---------------------------------------------------------------- the run (parent process)

interface Memory {
  rss: number;
  heapUsed: number;
}

async function settledMemory(): Promise<Memory> {
  for (let i = 0; i < 3; i += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(100);
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function soak(argv: readonly string[]): Promise<number> {
  const started = Date.now();
  const dir = flag(argv, '--dir') ?? DEFAULT_KNOWLEDGE_DIR;
  const total = Number(flag(argv, '--interactions') ?? 10_000);
  const concurrency = Number(flag(argv, '--concurrency') ?? 4);
  const holder = createEngineHolder(createEngine(loadKnowledge(dir)), async () => createEngine(await loadKnowledgeInWorker(dir)));

  const child = fork(fileURLToPath(import.meta.url), ['--serve-fake-discord'], { execArgv: ['--import', TSX_LOADER], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const cap = setTimeout(() => {
    console.error(`soak: stopped by the ${TIME_CAP_MS / 1000} s time cap`);
    child.kill('SIGKILL');
    process.exit(1);
  }, TIME_CAP_MS);
  cap.unref();

  const fake = await new Promise<Pick<FakeDiscord, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>>((resolve, reject) => {
    child.once('message', (m: { ready: Pick<FakeDiscord, 'token' | 'applicationId' | 'guildId' | 'apiUrl'> }) => resolve(m.ready));
    child.once('exit', (code) => reject(new Error(`the fake Discord exited (${code})`)));
  });
  const outcomes = new Map<string, number>();
  let errorLines = 0;
  const logger = createLogger('info', {
    write(line: string) {
      const entry = JSON.parse(line) as Json;
      if (entry.level >= 50) errorLines += 1;
      if (entry.msg === 'interaction') outcomes.set(entry.outcome, (outcomes.get(entry.outcome) ?? 0) + 1);
    },
  });
  const config = parseConfig({ DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl });
  const bot = createBot(config, liveContext(holder, logger));
  await bot.start();

  const waiting = new Map<number, (reply: Reply) => void>();
  child.on('message', (reply: Reply) => waiting.get(reply.seq)?.(reply));
  let seq = 0;
  const send = (step: Step): Promise<Reply> =>
    new Promise((resolve) => {
      seq += 1;
      waiting.set(seq, (reply) => {
        waiting.delete(reply.seq);
        resolve(reply);
      });
      child.send({ ...step, seq });
    });
  const nextStep = workload(0x232, holder.engine());
  // Preallocated tallies: keeping every reply would itself look like a leak in the heap figures.
  const latencyLog = new Float64Array(total);
  let measured = 0;
  let failedCallbacks = 0;
  const byKind = new Map<string, number>();
  const run = async (count: number, measure: boolean): Promise<void> => {
    let sent = 0;
    const lane = async (): Promise<void> => {
      while (sent < count) {
        sent += 1;
        const reply = await send(nextStep());
        if (!reply.ok || reply.statuses.some((s) => s >= 300)) failedCallbacks += 1;
        if (!measure) continue;
        byKind.set(reply.kind, (byKind.get(reply.kind) ?? 0) + 1);
        if (reply.ok) latencyLog[measured++] = reply.latencyMs;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
  };

  await run(WARMUP, false);
  const before = await settledMemory();
  let soakMs = 0;
  // Quarterly heap readings tell a leak (steady climb) from warm-up (a step, then flat).
  const checkpoints: Memory[] = [];
  for (let quarter = 0; quarter < 4; quarter += 1) {
    const count = Math.floor((total * (quarter + 1)) / 4) - Math.floor((total * quarter) / 4);
    const started = Date.now();
    await run(count, true);
    soakMs += Date.now() - started;
    checkpoints.push(await settledMemory());
  }
  const after = checkpoints.at(-1) as Memory;
  await bot.stop();
  child.disconnect();

  const failures = failedCallbacks + (outcomes.get('error') ?? 0);
  const latencies = [...latencyLog.subarray(0, measured)].sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const growth = (a: number, b: number): number => ((b - a) / a) * 100;
  const rssGrowth = growth(before.rss, after.rss);
  const heapGrowth = growth(before.heapUsed, after.heapUsed);
  const fixed = (n: number, digits = 1): string => n.toFixed(digits);
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

  const tables: BenchTable[] = [
    {
      title: `Soak: ${total} interactions, ${concurrency} in flight, after ${WARMUP} warm-up ones (knowledge ${holder.engine().kb.version.hash})`,
      columns: ['measure', 'value', 'target', ''],
      rows: [
        ['failures (timeouts, refused callbacks, handler errors)', failures, `${TARGETS.failures}`, verdict(failures <= TARGETS.failures)],
        ['latency p50 dispatch→callback (ms)', fixed(p50, 2), '', ''],
        ['latency p99 dispatch→callback (ms)', fixed(p99, 2), `≤ ${TARGETS.p99Ms}`, verdict(p99 <= TARGETS.p99Ms)],
        ['latency max (ms)', fixed(latencies.at(-1) ?? Number.NaN, 2), '', ''],
        ['rss before → after (MB)', `${fixed(before.rss / MB)} → ${fixed(after.rss / MB)}`, '', ''],
        ['rss growth (%)', fixed(rssGrowth), `≤ ${TARGETS.growthPercent}`, verdict(rssGrowth <= TARGETS.growthPercent)],
        ['heap used before → after (MB)', `${fixed(before.heapUsed / MB)} → ${fixed(after.heapUsed / MB)}`, '', ''],
        ['heap growth (%)', fixed(heapGrowth), `≤ ${TARGETS.growthPercent}`, verdict(heapGrowth <= TARGETS.growthPercent)],
        ['heap used after each quarter (MB)', checkpoints.map((m) => fixed(m.heapUsed / MB)).join(' → '), '', ''],
        ['throughput (interactions/s)', fixed(total / (soakMs / 1000)), '', ''],
        ['wall time (s)', fixed((Date.now() - started) / 1000), `< ${TIME_CAP_MS / 1000}`, ''],
      ],
    },
    {
      title: 'Mix and outcomes',
      columns: ['what', 'count'],
      rows: [
        ...[...byKind].map(([kind, count]): [string, number] => [`sent: ${kind}`, count]),
        ...[...outcomes].sort().map(([outcome, count]): [string, number] => [`logged outcome: ${outcome}`, count]),
        ['log lines at error level', errorLines],
      ],
    },
  ];
  console.log(tables.map(formatTable).join('\n\n'));
  const ok = failures <= TARGETS.failures && p99 <= TARGETS.p99Ms && rssGrowth <= TARGETS.growthPercent && heapGrowth <= TARGETS.growthPercent;
  console.log(`\n${ok ? 'soak: every target met' : 'soak: a target was missed'}`);
  clearTimeout(cap);
  return ok ? 0 : 1;
}

// ---------------------------------------------------------------- entry

const argv = process.argv.slice(2);
if (argv.includes('--serve-fake-discord')) {
  await serveFakeDiscord();
} else if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  // Memory is only comparable after a forced collection, which needs --expose-gc.
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', TSX_LOADER, fileURLToPath(import.meta.url), ...argv], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} else {
  try {
    process.exitCode = await soak(argv);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  }
}
