import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startFakeDiscord } from '../test/support/fake-discord.js';
import { type BenchCheck, type BenchSection, type BenchTable } from './section.js';

/**
 * Cold start of the built program, as ratios to `node -e 0` measured in the same run (machines
 * differ, and a loaded machine slows both alike), and the Discord-mode process's memory once ready.
 * Every run is a fresh process, started with node directly (npm's own start-up is not counted),
 * from an empty folder so no .env is read.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const QUESTION = 'when is the deadline';
const RUNS = 5;
const TARGETS = { ratio: 4, discordRssMb: 100 };
const MB = 1024 * 1024;
/** Preloaded only in the memory runs: reports the process's peak RSS as it exits. */
const PEAK_RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

interface Command {
  label: string;
  args: string[];
  input?: string;
  /** Proof that it answered, not just exited. */
  answered(stdout: string): boolean;
}

/** `npm start` runs `exec node <flags> dist/main.js`: measure that node process, flags and all. */
function startArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [exec, node, ...args] = (scripts.start ?? '').split(/\s+/);
  if (exec !== 'exec' || node !== 'node') throw new Error(`npm start is no longer "exec node …": ${scripts.start}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : join(ROOT, arg)));
}
const START = startArgs();

const COMMANDS: Command[] = [
  { label: 'node -e 0', args: ['-e', '0'], answered: () => true },
  {
    label: `node dist/cli/ask.js --json "${QUESTION}"`,
    args: [join(DIST, 'cli/ask.js'), '--json', QUESTION],
    answered: (out) => (JSON.parse(out) as { answered?: boolean }).answered === true,
  },
  { label: `npm start's node (console, one question on stdin)`, args: START, input: `${QUESTION}\n`, answered: (out) => out.includes('July 13, 2026') },
];

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function runOnce(command: Command, cwd: string, extraArgs: string[] = []): { ms: number; stdout: string; stderr: string; ok: boolean } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [...extraArgs, ...command.args], {
    cwd,
    input: command.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 60_000,
  });
  const ms = performance.now() - started;
  let ok = result.status === 0;
  try {
    ok = ok && command.answered(result.stdout);
  } catch {
    ok = false;
  }
  return { ms, stdout: result.stdout, stderr: result.stderr, ok };
}

const peakRssMb = (stderr: string): number => Number(stderr.match(/peak-rss-kb (\d+)/)?.[1] ?? Number.NaN) / 1024;

/** RSS of the bot's own node process once it is connected and its commands are registered. */
async function discordReadyRss(cwd: string, extraEnv: Record<string, string>): Promise<{ mb: number; note: string }> {
  const fake = await startFakeDiscord();
  const child = spawn(process.execPath, START, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, ...extraEnv },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const registered = new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (output.includes('"msg":"slash commands')) resolve();
      };
      child.stdout.on('data', check);
      void exited.then((code) => reject(new Error(`the bot exited (${code}): ${output.slice(0, 300)}`)));
    });
    await registered;
    // Let the start-up garbage settle the way it would in a minute of idling.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? Number.NaN);
    return { mb: kb / 1024, note: 'VmRSS of the node process (/proc), ready and registered' };
  } finally {
    child.kill('SIGTERM');
    await exited;
    await fake.close();
  }
}

export const startupBenchSection: BenchSection = {
  name: 'Start-up and memory (built program)',
  async run() {
    if (!existsSync(join(DIST, 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does)');
    const cwd = mkdtempSync(join(tmpdir(), 'proclamation-bot-bench-'));
    try {
      const times = COMMANDS.map(() => [] as number[]);
      const failures: string[] = [];
      // Alternating, so a burst of load on the machine hits every command alike.
      for (let round = 0; round < RUNS; round += 1) {
        COMMANDS.forEach((command, i) => {
          const run = runOnce(command, cwd);
          times[i]?.push(run.ms);
          if (!run.ok) failures.push(`${command.label}: ${run.stderr.trim().split('\n')[0] ?? 'no answer'}`);
        });
      }
      const peaks = COMMANDS.map((command) => peakRssMb(runOnce(command, cwd, ['--import', PEAK_RSS_HOOK]).stderr));
      const baseline = median(times[0] ?? []);
      const discord = await discordReadyRss(cwd, {});
      const withHealth = await discordReadyRss(cwd, { HEALTH_PORT: '0' });

      const rows = COMMANDS.map((command, i) => {
        const ms = median(times[i] ?? []);
        return [command.label, ms.toFixed(0), i === 0 ? '1.00×' : `${(ms / baseline).toFixed(2)}×`, (times[i] ?? []).map((t) => t.toFixed(0)).join(' '), (peaks[i] ?? Number.NaN).toFixed(1)];
      });
      const tables: BenchTable[] = [
        {
          title: `Cold start to first answer: ${RUNS} alternating runs each, median (ratio to node -e 0 in this run)`,
          columns: ['command', 'median ms', 'ratio', 'runs ms', 'peak RSS MB'],
          rows,
        },
        {
          title: `Discord mode (node ${START.map((a) => a.replace(ROOT, '')).join(' ')} against the local Discord), once ready`,
          columns: ['configuration', 'RSS MB', 'how'],
          rows: [
            ['default (health server off)', discord.mb.toFixed(1), discord.note],
            ['HEALTH_PORT set (prom-client, /metrics)', withHealth.mb.toFixed(1), withHealth.note],
          ],
        },
      ];
      const checks: BenchCheck[] = [
        ...COMMANDS.slice(1).map((command, i) => {
          const ratio = median(times[i + 1] ?? []) / baseline;
          return { label: `${command.label}: ${ratio.toFixed(2)}× node -e 0 ≤ ${TARGETS.ratio}×`, ok: ratio <= TARGETS.ratio };
        }),
        { label: `every run answered${failures.length ? ` (failed: ${failures.join('; ')})` : ''}`, ok: failures.length === 0 },
        { label: `Discord mode RSS once ready ${discord.mb.toFixed(1)} MB ≤ ${TARGETS.discordRssMb} MB`, ok: discord.mb <= TARGETS.discordRssMb },
      ];
      return { tables, checks, notes: ['npm start adds npm itself (about 0.3 s and 50-60 MB in its own process); systemd and the container run node directly.'] };
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  },
};
