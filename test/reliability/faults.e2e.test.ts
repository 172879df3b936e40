import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InteractionRecord } from '../support/fake-discord.js';
import { eventually } from '../support/wait.js';
import { SHIPPED_KNOWLEDGE } from './support/knowledge.js';
import { startLiveHarness, str, type LiveHarness } from './support/live-harness.js';

/**
 * Faults of Discord itself, against the real client: the bot stays up and the next interaction is
 * answered. (Plain resumes after a drop, 4000, opcode 7 and 4009 are in test/discord/fake-discord.test.ts.)
 */
type Json = Record<string, any>;

let h: LiveHarness;
const APOLOGY = /Sorry, something went wrong on my side/;

async function answered(record: InteractionRecord, timeoutMs = 5000): Promise<Json> {
  const callback = await h.fake.response(record, timeoutMs);
  expect(callback.status).toBe(204);
  return callback.data;
}

async function stillAnswers(): Promise<void> {
  const reply = await answered(h.fake.dispatchCommand('ask', [str('question', 'when does the negotiation window end?')]));
  expect(reply.embeds[0].title).toBeTruthy();
}

beforeAll(async () => {
  h = await startLiveHarness(SHIPPED_KNOWLEDGE);
});
afterAll(async () => {
  await h?.stop();
});

describe('the gateway connection', () => {
  test('closed with a resumable code (4001), the session resumes and an interaction sent meanwhile is answered', async () => {
    const resumes = h.fake.resumes;
    h.fake.closeGateway(4001, 'Unknown opcode.');
    const missed = h.fake.dispatchCommand('deadline');
    expect((await answered(missed, 15_000)).embeds[0].description).toContain('<t:');
    expect(h.fake.resumes).toBe(resumes + 1);
    await eventually(() => h.logs.find((l) => l.msg === 'gateway session resumed'), 'the resume log line');
    await stillAnswers();
  });

  // discord.js spaces identifies 5 s apart, so one non-resumable code (4008 takes the same path) is enough.
  test('closed with a non-resumable code (4007), the bot identifies again and answers', async () => {
    const identifies = h.fake.identifies;
    h.fake.closeGateway(4007, 'Invalid seq.');
    await h.fake.waitFor(() => h.fake.identifies === identifies + 1 && h.fake.connected, 15_000, 'a new identify');
    await stillAnswers();
  });

  test('a dropped TCP connection (no close frame) is recovered twice in a row', async () => {
    for (let i = 0; i < 2; i += 1) {
      h.fake.dropConnection();
      const missed = h.fake.dispatchCommand('help');
      await answered(missed, 15_000);
    }
    await stillAnswers();
  });
});

describe('interaction callbacks', () => {
  test('a 500 then a 429 (retry-after 0.2 s) on one callback: retried, delivered once, logged as answered', async () => {
    h.fake.failNextCallbacks({ status: 500 }, { status: 429, retryAfter: 0.2 });
    const record = h.fake.dispatchCommand('timeline');
    const callback = await h.fake.response(record);
    expect(record.callbacks.map((c) => c.status)).toEqual([500, 429, 204]);
    expect(callback.latencyMs).toBeGreaterThanOrEqual(200);
    expect(callback.latencyMs).toBeLessThan(3000);
    expect(await h.logFor(record)).toMatchObject({ command: 'timeline', outcome: 'answered' });
    await stillAnswers();
  });

  test('500 on every attempt: the bot gives up after its retries, logs the failure, and stays up', async () => {
    const attempts = h.bot.client.rest.options.retries + 1;
    // Every attempt at the reply and at the apology that follows it.
    h.fake.failNextCallbacks(...Array.from({ length: attempts * 2 }, () => ({ status: 500 as const })));
    const record = h.fake.dispatchCommand('help');
    const log = await h.logFor(record);
    expect(log).toMatchObject({ command: 'help', outcome: 'error' });
    expect(record.callbacks.map((c) => c.status)).toEqual(Array.from({ length: attempts * 2 }, () => 500));
    expect(record.acknowledged).toBeNull();
    const failure = h.logs.find((l) => l.msg === 'interaction failed' && l.command === 'help') as Json;
    expect(failure.level).toBe(50);
    expect(failure.err.status).toBe(500);
    expect(h.logs.some((l) => l.msg === 'could not tell the user about a failed interaction')).toBe(true);
    await stillAnswers();
  });
});

describe('a failure inside a command', () => {
  test('a handler exception (an option of the wrong type) gets a private apology well within 3 s', async () => {
    const record = h.fake.dispatchCommand('ask', [{ type: 5, name: 'question', value: true }]);
    const callback = await h.fake.response(record);
    expect(callback.status).toBe(204);
    expect(callback.data.flags).toBe(64);
    expect(callback.data.content).toMatch(APOLOGY);
    expect(callback.latencyMs).toBeLessThan(3000);
    expect(await h.logFor(record)).toMatchObject({ command: 'ask', outcome: 'error' });
    await stillAnswers();
  });
});
