import { describe, expect, test } from 'vitest';
import { formatUptime } from '../../src/commands/about.js';
import { createEngineHolder, describeReload } from '../../src/engine/engine-holder.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { createEngine } from '../../src/engine/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const VALID = new URL('../fixtures/knowledge/valid/', import.meta.url).pathname;
const INVALID_DATE = new URL('../fixtures/knowledge/invalid-date/', import.meta.url).pathname;

/** A holder whose next build is chosen by the test. */
function holderWith(first: () => Engine) {
  let build = first;
  const holder = createEngineHolder(() => build());
  return { holder, next: (b: () => Engine) => (build = b) };
}

describe('the engine holder', () => {
  test('a knowledge error keeps the serving engine and returns every located problem', () => {
    const { holder, next } = holderWith(() => createEngine(loadKnowledge(VALID)));
    const serving = holder.engine();
    next(() => createEngine(loadKnowledge(INVALID_DATE)));
    const outcome = holder.reload();
    expect(outcome).toMatchObject({ ok: false, serving: serving.kb.version });
    expect(outcome.ok ? [] : outcome.problems).toEqual([expect.stringMatching(/invalid-date\/base\.yaml: event "signed": date: must be a calendar date/)]);
    expect(holder.engine()).toBe(serving);
    expect(describeReload(outcome)).toMatch(new RegExp(`^Knowledge reload failed; still serving version ${serving.kb.version.hash}\\. 1 problem:\\n- .*event "signed": date:`));
  });

  test('any other failure while building (an index that throws) also keeps the serving engine', () => {
    const { holder, next } = holderWith(() => createEngine(loadKnowledge(VALID)));
    const serving = holder.engine();
    next(() => {
      throw new RangeError('index too large');
    });
    expect(holder.reload()).toMatchObject({ ok: false, problems: ['RangeError: index too large'] });
    expect(holder.engine()).toBe(serving);
  });

  test('a successful reload swaps in the new engine and reports both versions', () => {
    const { holder } = holderWith(() => createEngine(loadKnowledge(VALID)));
    const old = holder.engine();
    const outcome = holder.reload();
    expect(outcome).toEqual({ ok: true, previous: old.kb.version, current: holder.engine().kb.version, facts: 2 });
    expect(holder.engine()).not.toBe(old);
    expect(describeReload(outcome)).toBe(`Knowledge reloaded: now serving version ${old.kb.version.hash} (unchanged) with 2 facts.`);
  });

  test('the first build fails loudly: there is nothing older to serve', () => {
    expect(() => createEngineHolder(() => createEngine(loadKnowledge(INVALID_DATE)))).toThrow(KnowledgeError);
  });
});

describe('/about uptime', () => {
  test.each([
    [0, '0 s'],
    [59_999, '59 s'],
    [61_000, '1 min 1 s'],
    [3_600_000 + 120_000, '1 h 2 min'],
    [2 * 86_400_000 + 3 * 3_600_000 + 59_000, '2 d 3 h'],
    [-5, '0 s'],
  ])('%i ms reads "%s"', (ms, shown) => {
    expect(formatUptime(ms)).toBe(shown);
  });
});
