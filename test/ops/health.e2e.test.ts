import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dispatchAsAdmin, str } from '../reliability/support/live-harness.js';
import { copyKnowledge, type KnowledgeCopy } from '../reliability/support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from '../reliability/support/knowledge.js';
import { discordEnv, runDiscordInProcess, type DiscordRun } from '../support/discord-run.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * /healthz and /metrics of a running bot (HEALTH_PORT set), end to end: the real client against the
 * local Discord, interactions through the gateway, reloads by /reload and SIGHUP, scraped over HTTP.
 */
let fake: FakeDiscord;
let copy: KnowledgeCopy;
let run: DiscordRun;
let base: string;
let releaseReady: () => void;

const get = async (path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> => {
  const res = await fetch(`${base}${path}`, { method });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
};

/** The value of one sample line of /metrics, e.g. `proclamation_bot_interactions_total{command="help",outcome="answered"}`. */
async function sample(series: string): Promise<number | undefined> {
  const { body } = await get('/metrics');
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
  releaseReady = fake.holdReady();
  run = runDiscordInProcess(discordEnv(fake, { HEALTH_PORT: '0' }), copy.dir);
  base = (await run.logLine((l) => l.msg === 'health server listening (/healthz, /metrics)', 'the health server')).url;
});

afterAll(async () => {
  run?.signal('SIGTERM');
  await run?.exited;
  await fake?.close();
  copy?.remove();
});

describe('/healthz', () => {
  test('is 503 while the gateway is not ready, 200 once it is, and says why', async () => {
    const waiting = await get('/healthz');
    expect(waiting.status).toBe(503);
    expect(JSON.parse(waiting.body)).toMatchObject({ status: 'unavailable', gateway: 'not ready' });

    releaseReady();
    await run.logLine((l) => l.msg === 'connected to Discord', 'the connection');
    const ready = await get('/healthz');
    expect(ready.status).toBe(200);
    expect(ready.type).toBe('application/json');
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'ok', gateway: 'ready', knowledge: expect.stringMatching(/^[0-9a-f]{12}$/), facts: expect.any(Number) });
  });

  test('goes back to 503 while the gateway reconnects, and to 200 once the session resumes', async () => {
    const resumes = fake.resumes;
    const release = fake.holdReady();
    fake.closeGateway(4000, 'Unknown error.');
    // The client resumes at once, but RESUMED is held back, so the session is not usable yet.
    await fake.waitFor(() => fake.resumes === resumes + 1, 15_000, 'the resume');
    expect(JSON.parse((await get('/healthz')).body)).toMatchObject({ status: 'unavailable', gateway: 'not ready' });
    release();
    await run.logLine((l) => l.msg === 'gateway session resumed', 'the resume');
    expect((await get('/healthz')).status).toBe(200);
  });

  test('only GET and HEAD, and only its own two paths', async () => {
    expect((await get('/healthz', 'HEAD')).status).toBe(200);
    expect((await get('/healthz', 'POST')).status).toBe(405);
    expect((await get('/')).status).toBe(404);
  });
});

describe('/metrics', () => {
  test('counts interactions by command and outcome, declined questions and latency, in Prometheus text', async () => {
    for (const record of [
      fake.dispatchCommand('help'),
      fake.dispatchCommand('help'),
      fake.dispatchCommand('ask', [str('question', 'who won the 1998 world cup')]),
      fake.dispatchAutocomplete('ask', [str('question', 'dead', true)]),
    ]) {
      await fake.response(record);
    }
    const scraped = await get('/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.type).toMatch(/^text\/plain; version=0\.0\.4/);
    await eventually(async () => ((await sample('proclamation_bot_interactions_total{command="help",outcome="answered"}')) === 2 ? true : undefined), 'two /help');
    expect(await sample('proclamation_bot_interactions_total{command="ask",outcome="miss"}')).toBe(1);
    expect(await sample('proclamation_bot_interactions_total{command="ask",outcome="suggested"}')).toBe(1);
    expect(await sample('proclamation_bot_declined_questions_total{command="ask"}')).toBe(1);
    expect(await sample('proclamation_bot_interaction_duration_seconds_count{kind="command"}')).toBe(3);
    expect(await sample('proclamation_bot_interaction_duration_seconds_bucket{le="+Inf",kind="autocomplete"}')).toBe(1);
    expect(await sample('proclamation_bot_gateway_ready')).toBe(1);
    expect(await sample('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  test('a component is counted by its kind, never by its custom id', async () => {
    const asked = fake.dispatchCommand('ask', [str('question', 'when does the negotiation window end?')]);
    await fake.response(asked);
    const button = ((asked.original?.components ?? []) as Record<string, any>[]).flatMap((r) => r.components).find((c) => String(c.custom_id).startsWith('fact:'));
    await fake.response(fake.clickButton(button.custom_id, asked.original as Record<string, unknown>));
    await eventually(async () => ((await sample('proclamation_bot_interactions_total{command="button",outcome="answered"}')) === 1 ? true : undefined), 'the button');
    expect((await get('/metrics')).body).not.toContain(button.custom_id);
  });

  test('counts reloads and failed reloads, and shows the knowledge version serving', async () => {
    const version = JSON.parse((await get('/healthz')).body).knowledge as string;
    expect((await get('/metrics')).body).toMatch(new RegExp(`^proclamation_bot_knowledge_info\\{version="${version}",newest_source="[^"]+"\\} 1$`, 'm'));
    expect(await sample('proclamation_bot_knowledge_reloads_total{result="ok"}')).toBe(0);

    // /reload answers once its reload has run, so the file breaks only after that one read it.
    await fake.deferredReply(dispatchAsAdmin(fake, 'reload'));
    copy.write('sources.yaml', 'sources: [oops\n');
    run.signal('SIGHUP');
    await eventually(async () => ((await sample('proclamation_bot_knowledge_reloads_total{result="failed"}')) === 1 ? true : undefined), 'the failed reload');
    expect(await sample('proclamation_bot_knowledge_reloads_total{result="ok"}')).toBe(1);
    expect(JSON.parse((await get('/healthz')).body)).toMatchObject({ status: 'ok', knowledge: version });
  });
});

describe('after a stop', () => {
  test('nothing listens any more', async () => {
    run.signal('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
