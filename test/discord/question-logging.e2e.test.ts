import { beforeAll, describe, expect, test } from 'vitest';
import type { LogPolicy } from '../../src/discord/config.js';
import type { InteractionRecord } from '../support/fake-discord.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { engineDouble } from '../support/engine-double.js';
import { eventually } from '../support/wait.js';

/**
 * What the interaction log keeps of what people typed and who typed it, per LOG_QUESTIONS and
 * LOG_USER_IDS, through the real client. The engine double misses on "unknown" questions.
 */
type Json = Record<string, unknown>;

const ANSWERED = 'when does the window close?';
const MISSED = 'who won the 1998 world cup?';

async function logsOf(policy: LogPolicy | undefined): Promise<{ answered: Json; missed: Json; alice: string }> {
  const h: Harness = await startHarness(engineDouble(), policy ? { logPolicy: policy } : {});
  try {
    const line = async (record: InteractionRecord): Promise<Json> => {
      await h.answer(record);
      return eventually(() => h.logs.find((l) => l.msg === 'interaction' && l.interactionId === record.id), `the log line of ${record.id}`, 5000);
    };
    const ask = (question: string) => h.fake.dispatchCommand('ask', [{ type: 3, name: 'question', value: question }]);
    const answered = await line(ask(ANSWERED));
    const missed = await line(ask(MISSED));
    return { answered, missed, alice: h.fake.alice.id };
  } finally {
    await h.stop();
  }
}

describe('the interaction log', () => {
  let byDefault: Awaited<ReturnType<typeof logsOf>>;
  beforeAll(async () => {
    byDefault = await logsOf(undefined);
  });

  test('by default keeps the words of unanswered questions only, and nobody’s user id', () => {
    expect(byDefault.answered.outcome).toBe('answered');
    expect(byDefault.missed).toMatchObject({ outcome: 'miss', unanswered: MISSED });
    expect(JSON.stringify(byDefault)).not.toContain(ANSWERED);
    expect(JSON.stringify([byDefault.answered, byDefault.missed])).not.toContain(byDefault.alice);
  });

  test('LOG_QUESTIONS=off keeps no question text at all', async () => {
    const { answered, missed } = await logsOf({ questions: 'off', userIds: false });
    expect(missed.outcome).toBe('miss');
    expect(JSON.stringify([answered, missed])).not.toMatch(/window close|world cup/);
  });

  test('LOG_QUESTIONS=all keeps every question, and LOG_USER_IDS=on who asked it', async () => {
    const { answered, missed, alice } = await logsOf({ questions: 'all', userIds: true });
    expect(answered).toMatchObject({ outcome: 'answered', question: ANSWERED, user: alice });
    expect(missed).toMatchObject({ outcome: 'miss', unanswered: MISSED, user: alice });
  });
});
