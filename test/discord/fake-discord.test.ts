import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { engineDouble } from '../support/engine-double.js';
import { startFakeDiscord, type FakeDiscord, type InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';

/**
 * The local Discord must behave like Discord for the e2e tests to mean anything: these tests
 * speak its protocol directly (a bare WebSocket and fetch), then check its faults against discord.js.
 */
type Json = Record<string, any>;

class RawGatewayClient {
  readonly received: Json[] = [];
  readonly socket: WebSocket;
  closeCode: number | null = null;

  constructor(url: string) {
    this.socket = new WebSocket(`${url}?v=10&encoding=json`);
    this.socket.on('message', (raw) => this.received.push(JSON.parse(String(raw)) as Json));
    this.socket.on('close', (code) => (this.closeCode = code));
  }

  send(op: number, d: unknown): void {
    this.socket.send(JSON.stringify({ op, d }));
  }

  next(match: (p: Json) => boolean, what: string): Promise<Json> {
    return eventually(() => this.received.find(match), what);
  }
}

async function identified(fake: FakeDiscord): Promise<{ client: RawGatewayClient; ready: Json }> {
  const client = new RawGatewayClient(fake.gatewayUrl);
  await client.next((p) => p.op === 10, 'HELLO');
  client.send(2, { token: fake.token, intents: 1, properties: {} });
  const ready = await client.next((p) => p.t === 'READY', 'READY');
  return { client, ready };
}

async function callback(fake: FakeDiscord, record: InteractionRecord, body: unknown): Promise<{ status: number; body: Json | null; headers: Headers }> {
  const res = await fetch(`${fake.apiUrl}/v10/interactions/${record.id}/${record.token}/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : null, headers: res.headers };
}

describe('the fake Discord, spoken to directly', () => {
  let fake: FakeDiscord;
  let client: RawGatewayClient;
  let ready: Json;

  beforeAll(async () => {
    fake = await startFakeDiscord({ ackWindowMs: 300 });
    ({ client, ready } = await identified(fake));
  });
  afterAll(async () => {
    client.socket.terminate();
    await fake.close();
  });

  test('GET /gateway/bot needs the bot token and points at its own gateway', async () => {
    expect((await fetch(`${fake.apiUrl}/v10/gateway/bot`)).status).toBe(401);
    const res = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${fake.token}` } });
    expect(await res.json()).toMatchObject({ url: fake.gatewayUrl, shards: 1, session_start_limit: { max_concurrency: 1 } });
  });

  test('HELLO, READY with a session and resume URL, the guild, and heartbeat ACKs', async () => {
    expect(client.received[0]).toMatchObject({ op: 10, d: { heartbeat_interval: expect.any(Number) } });
    expect(ready.d).toMatchObject({ session_id: expect.any(String), resume_gateway_url: fake.gatewayUrl, application: { id: fake.applicationId } });
    await client.next((p) => p.t === 'GUILD_CREATE' && p.d.id === fake.guildId, 'GUILD_CREATE');
    client.send(1, 2);
    await client.next((p) => p.op === 11, 'HEARTBEAT_ACK');
  });

  test('a wrong token is closed with 4004', async () => {
    const intruder = new RawGatewayClient(fake.gatewayUrl);
    await intruder.next((p) => p.op === 10, 'HELLO');
    intruder.send(2, { token: 'wrong', intents: 1, properties: {} });
    await eventually(() => intruder.closeCode ?? undefined, 'close');
    expect(intruder.closeCode).toBe(4004);
  });

  test('rejects replies over Discord limits with 400 and a form error naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ content: 'x'.repeat(2001) }, 'content'],
      [{ embeds: [{ description: 'x'.repeat(4097) }] }, 'embeds'],
      [{ embeds: [{ title: 't', fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, 'embeds'],
      [{ embeds: [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2500) }] }, 'embeds'],
      [{ components: [{ type: 1, components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 1, label: 'b', custom_id: `b${i}` })) }] }, 'components'],
      [{ components: [{ type: 1, components: [{ type: 2, style: 1, label: 'b', custom_id: 'x'.repeat(101) }] }] }, 'components'],
    ];
    for (const [data, field] of cases) {
      const record = fake.dispatchCommand('ask');
      const res = await callback(fake, record, { type: 4, data });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 50035, errors: { data: { [field]: expect.anything() } } });
    }
    const autocomplete = fake.dispatchAutocomplete('ask', [{ type: 3, name: 'question', value: '', focused: true }]);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect((await callback(fake, autocomplete, { type: 8, data: { choices } })).status).toBe(400);
    expect((await callback(fake, fake.dispatchCommand('ask'), { type: 4, data: {} })).body).toMatchObject({ code: 50006 });
  });

  test('accepts a valid reply once, then refuses a second acknowledgement with 40060', async () => {
    const record = fake.dispatchCommand('help');
    expect((await callback(fake, record, { type: 4, data: { content: 'hi', flags: 64 } })).status).toBe(204);
    expect((await callback(fake, record, { type: 4, data: { content: 'again' } })).body).toMatchObject({ code: 40060 });
    expect(record.original).toMatchObject({ content: 'hi', flags: 64 });
  });

  test('a deferred reply can be edited, read, followed up and deleted through the webhook routes', async () => {
    const record = fake.dispatchCommand('help');
    const webhook = `${fake.apiUrl}/v10/webhooks/${fake.applicationId}/${record.token}`;
    const send = (method: string, path: string, body?: unknown) =>
      fetch(`${webhook}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect((await send('PATCH', '/messages/@original', { content: 'too early' })).status).toBe(404);
    expect((await callback(fake, record, { type: 5, data: { flags: 64 } })).status).toBe(204);
    expect((await send('PATCH', '/messages/@original', { content: 'x'.repeat(2001) })).status).toBe(400);
    expect(await (await send('PATCH', '/messages/@original', { content: 'done' })).json()).toMatchObject({ content: 'done', flags: 64 });
    expect(await (await send('GET', '/messages/@original')).json()).toMatchObject({ content: 'done' });
    expect((await send('POST', '?wait=true', { content: 'more' })).status).toBe(200);
    expect(record.followUps).toHaveLength(1);
    expect((await send('DELETE', '/messages/@original')).status).toBe(204);
    expect((await send('GET', '/messages/@original')).status).toBe(404);
  });

  test('refuses a callback after the acknowledgement window with 404 / 10062', async () => {
    const record = fake.dispatchCommand('help');
    await new Promise((resolve) => setTimeout(resolve, 350));
    const res = await callback(fake, record, { type: 4, data: { content: 'late' } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 10062 });
  });

  test('answers with 500 or 429 (retry_after, rate-limit headers) when told to', async () => {
    fake.failNextCallbacks({ status: 500 }, { status: 429, retryAfter: 0.25 });
    const record = fake.dispatchCommand('help');
    expect((await callback(fake, record, { type: 4, data: { content: 'a' } })).status).toBe(500);
    const limited = await callback(fake, record, { type: 4, data: { content: 'b' } });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ retry_after: 0.25, global: false });
    expect(limited.headers.get('retry-after')).toBe('0.25');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await callback(fake, record, { type: 4, data: { content: 'c' } })).status).toBe(204);
  });

  test('resumes a session and replays what was dispatched while disconnected; 4009 forgets it', async () => {
    const sessionId = ready.d.session_id as string;
    fake.dropConnection();
    await eventually(() => client.closeCode ?? undefined, 'drop');
    const missed = fake.dispatchCommand('deadline');
    const lastSeq = Math.max(...client.received.filter((p) => p.s).map((p) => p.s as number));

    const again = new RawGatewayClient(fake.gatewayUrl);
    await again.next((p) => p.op === 10, 'HELLO');
    again.send(6, { token: fake.token, session_id: sessionId, seq: lastSeq });
    await again.next((p) => p.t === 'RESUMED', 'RESUMED');
    expect(again.received.find((p) => p.t === 'INTERACTION_CREATE')?.d.id).toBe(missed.id);
    expect(fake.resumes).toBe(1);

    fake.closeGateway(4009);
    await eventually(() => again.closeCode ?? undefined, 'close');
    expect(again.closeCode).toBe(4009);
    const third = new RawGatewayClient(fake.gatewayUrl);
    await third.next((p) => p.op === 10, 'HELLO');
    third.send(6, { token: fake.token, session_id: sessionId, seq: lastSeq });
    expect(await third.next((p) => p.op === 9, 'INVALID_SESSION')).toMatchObject({ d: false });
    third.socket.terminate();
  });
});

describe('the fake Discord against discord.js', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(engineDouble());
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('discord.js retries a callback answered with 500, and waits out a 429', async () => {
    h.fake.failNextCallbacks({ status: 500 });
    const first = h.fake.dispatchCommand('help');
    expect((await h.answer(first)).status).toBe(204);
    expect(first.callbacks.map((c) => c.status)).toEqual([500, 204]);

    h.fake.failNextCallbacks({ status: 429, retryAfter: 0.2 });
    const second = h.fake.dispatchCommand('help');
    const accepted = await h.answer(second);
    expect(second.callbacks.map((c) => c.status)).toEqual([429, 204]);
    expect(accepted.latencyMs).toBeGreaterThanOrEqual(200);
  });

  test('a dropped connection, a 4000 close and opcode 7 are resumed, and the missed interaction is answered', async () => {
    h.fake.dropConnection();
    const missed = h.fake.dispatchCommand('help');
    expect((await h.fake.response(missed, 10_000)).status).toBe(204);
    expect(h.fake.resumes).toBe(1);

    h.fake.closeGateway(4000);
    await h.fake.waitFor(() => h.fake.resumes === 2, 10_000, 'the second resume');
    h.fake.requestReconnect();
    await h.fake.waitFor(() => h.fake.resumes === 3, 10_000, 'the resume asked for by opcode 7');
    expect(h.fake.identifies).toBe(1);
  });

  test('4009 (session timed out) makes discord.js identify again', async () => {
    h.fake.closeGateway(4009);
    await h.fake.waitFor(() => h.fake.identifies === 2 && h.fake.connected, 15_000, 'a new identify');
    expect((await h.answer(h.fake.dispatchCommand('help'))).status).toBe(204);
  });
});
