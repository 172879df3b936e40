import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './support/built.js';
import { startFakeDiscord, type FakeDiscord } from './support/fake-discord.js';
import { eventually } from './support/wait.js';

/**
 * Docker does not run on our machines, so this runs what the Dockerfile runs: each stage in a folder
 * of its own, its COPY lines as copies, its npm commands as written, then the image's command (and
 * its health check) against the local Discord. The compose file and the systemd unit must start the
 * same program.
 */
type Json = Record<string, any>;

interface Stage {
  name: string | undefined;
  root: string;
  workdir: string;
  env: Record<string, string>;
}

interface Image {
  stage: Stage;
  user: string | undefined;
  volumes: string[];
  cmd: string[];
  entrypoint: string[];
  healthcheck: string[];
  skipped: string[];
}

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
let scratch: string;
let image: Image;
let fake: FakeDiscord;

/** One instruction per line (this Dockerfile uses no line continuations), comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: (op as string).toUpperCase(), args: rest.join(' ') };
    });
}

const jsonArray = (args: string): string[] => JSON.parse(args) as string[];

function run(command: string, stage: Stage): void {
  const result = spawnSync('sh', ['-c', command], {
    cwd: stage.workdir,
    encoding: 'utf8',
    // The machine's npm cache stands in for the image's cache mount; nothing else leaks in.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...stage.env },
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`RUN ${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Carries out the Dockerfile's build; returns the final stage as the image. */
function build(): Image {
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  const image: Omit<Image, 'stage'> = { user: undefined, volumes: [], cmd: [], entrypoint: [], healthcheck: [], skipped: [] };
  const inStage = (path: string, s: Stage): string => (isAbsolute(path) ? join(s.root, path) : join(s.workdir, path));
  for (const { op, args } of instructions(dockerfile)) {
    if (op === 'FROM') {
      const [, , name] = args.split(/\s+/);
      const root = join(scratch, `stage-${stages.length}`);
      stage = { name, root, workdir: root, env: {} };
      stages.push(stage);
      continue;
    }
    if (!stage) throw new Error(`${op} before FROM`);
    if (op === 'WORKDIR') {
      stage.workdir = inStage(args, stage);
      mkdirSync(stage.workdir, { recursive: true });
    } else if (op === 'COPY') {
      const parts = args.split(/\s+/);
      const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
      const paths = parts.filter((p) => !p.startsWith('--'));
      const dest = paths.pop() as string;
      const source = from === undefined ? undefined : stages.find((s) => s.name === from);
      if (from !== undefined && !source) throw new Error(`COPY --from=${from}: no such stage`);
      for (const path of paths) {
        const src = source ? inStage(path, source) : join(ROOT, path);
        const target = dest.endsWith('/') ? join(inStage(dest, stage), path.split('/').at(-1) as string) : inStage(dest, stage);
        cpSync(src, target, { recursive: true });
      }
    } else if (op === 'RUN') {
      const command = args.replace(/^(--[\w-]+=\S+\s+)+/, '');
      // System packages for the image itself (tini) are not installed on the test machine.
      if (command.startsWith('apt-get ')) image.skipped.push(command);
      else run(command, stage);
    } else if (op === 'ENV') {
      const [key, ...value] = args.split('=');
      stage.env[key as string] = value.join('=');
    } else if (op === 'USER') image.user = args;
    else if (op === 'VOLUME') image.volumes.push(...jsonArray(args));
    else if (op === 'CMD') image.cmd = jsonArray(args);
    else if (op === 'ENTRYPOINT') image.entrypoint = jsonArray(args);
    else if (op === 'HEALTHCHECK') image.healthcheck = jsonArray(args.slice(args.indexOf('CMD ') + 4));
    else throw new Error(`the test does not know the instruction ${op}`);
  }
  return { ...image, stage: stage as Stage };
}

function start(command: string[], env: Record<string, string>, input?: string) {
  const child = spawn(command[0] as string, command.slice(1), { cwd: image.stage.workdir, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...image.stage.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  child.stdin.end(input ?? '');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'proclamation-bot-image-'));
  image = build();
  fake = await startFakeDiscord();
}, 300_000);
afterAll(async () => {
  await fake?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the Dockerfile', () => {
  test('runs as a non-root user under an init process, with knowledge/ as a volume', () => {
    expect(image.user).toBeDefined();
    expect(['root', '0']).not.toContain(image.user);
    expect(image.entrypoint[0]).toMatch(/\/tini$/);
    expect(image.skipped.join('\n')).toMatch(/install .*\btini\b/);
    expect(image.volumes).toEqual([join(image.stage.workdir.slice(image.stage.root.length), 'knowledge')]);
  });

  test('its runtime stage holds production dependencies only, and the knowledge snapshot', () => {
    const modules = join(image.stage.workdir, 'node_modules');
    expect(existsSync(join(modules, 'discord.js'))).toBe(true);
    for (const dev of ['typescript', 'tsx', 'vitest', 'fast-check']) expect(existsSync(join(modules, dev)), dev).toBe(false);
    expect(existsSync(join(image.stage.workdir, 'dist', 'knowledge.snapshot.json'))).toBe(true);
    expect(existsSync(join(image.stage.workdir, 'src'))).toBe(false);
  });

  test('its command answers in the console when no token is given', async () => {
    const console = start(image.cmd, {}, 'when is the deadline?\n');
    expect(await console.exited).toBe(0);
    expect(console.output()).toContain('July 13, 2026');
  });

  test('with a token it connects, its health check passes, and SIGTERM stops it with exit 0', async () => {
    const port = String(await freePort());
    const env = { DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: port };
    const bot = start(image.cmd, env);
    const died = bot.exited.then((code) => Promise.reject(new Error(`the bot exited (${code}):\n${bot.output()}`)));
    await Promise.race([eventually(() => (bot.output().includes('"connected to Discord"') ? true : undefined), 'the connection', 30_000), died]);
    const check = await new Promise<number | null>((resolve) => start(image.healthcheck, { HEALTH_PORT: port }).child.on('exit', resolve));
    expect(check).toBe(0);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const unhealthy = await new Promise<number | null>((resolve) => start(image.healthcheck, { HEALTH_PORT: port }).child.on('exit', resolve));
    expect(unhealthy).toBe(1);
  });
});

describe('the other recipes start the same program', () => {
  const command = (): string => image.cmd.join(' ');

  test('npm start, the systemd unit and compose', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Json).scripts as Record<string, string>;
    expect(scripts.start).toBe(`exec ${command()}`);

    const unit = readFileSync(join(ROOT, 'deploy/proclamation-bot.service'), 'utf8');
    const setting = (key: string): string | undefined => unit.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1];
    expect(setting('ExecStart')).toMatch(new RegExp(`^/\\S*/${command()}$`));
    expect(setting('ExecReload')).toMatch(/kill -HUP \$MAINPID$/);
    expect(setting('Restart')).toBe('on-failure');
    expect(setting('User')).not.toBe('root');

    const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as Json;
    const bot = compose.services.bot as Json;
    expect(bot.build).toBe('.');
    expect(bot.restart).toMatch(/^(on-failure|unless-stopped|always)/);
    expect(bot.logging.options['max-size']).toBeTruthy();
    expect((bot.volumes as string[]).some((v) => v.split(':')[1] === image.volumes[0])).toBe(true);
  });
});
