import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatUptime } from '../../src/commands/about.js';
import { createEngineHolder, describeReload, type ReloadOutcome, type ReloadRun } from '../../src/engine/engine-holder.js';
import type { Engine } from '../../src/engine/engine-api.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const VALID = new URL('../fixtures/knowledge/valid/', import.meta.url).pathname;
const INVALID_DATE = new URL('../fixtures/knowledge/invalid-date/', import.meta.url).pathname;

const build = (): Engine => createEngine(loadKnowledge(VALID));

/** A rebuild the test finishes by hand, counting how often the holder started one. */
function manualRebuild() {
  const pending: ((engine: Engine) => void)[] = [];
  return {
    rebuild: () => new Promise<Engine>((resolve) => pending.push(resolve)),
    started: () => pending.length,
    finish: (i: number, engine: Engine) => pending[i]?.(engine),
  };
}

/** Lets the holder's promise chain move on to the next run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('the engine holder', () => {
  test('a knowledge error keeps the serving engine and returns every located problem', async () => {
    const serving = build();
    const holder = createEngineHolder(serving, async () => createEngine(loadKnowledge(INVALID_DATE)));
    const outcome = await holder.reload();
    expect(outcome).toMatchObject({ ok: false, serving: serving.kb.version });
    expect(outcome.ok ? [] : outcome.problems).toEqual([expect.stringMatching(/invalid-date\/base\.yaml: event "signed": date: must be a calendar date/)]);
    expect(holder.engine()).toBe(serving);
    expect(describeReload(outcome)).toMatch(new RegExp(`^Knowledge reload failed; still serving version ${serving.kb.version.hash}\\. 1 problem:\\n- .*event "signed": date:`));
  });

  test('any other failure while building (an index that throws) also keeps the serving engine', async () => {
    const serving = build();
    const holder = createEngineHolder(serving, async () => {
      throw new RangeError('index too large');
    });
    expect(await holder.reload()).toMatchObject({ ok: false, problems: ['RangeError: index too large'] });
    expect(holder.engine()).toBe(serving);
  });

  test('a successful reload swaps in the new engine and reports both versions', async () => {
    const old = build();
    const holder = createEngineHolder(old, async () => build());
    const outcome = await holder.reload();
    expect(outcome).toEqual({ ok: true, previous: old.kb.version, current: holder.engine().kb.version, facts: 2 });
    expect(holder.engine()).not.toBe(old);
    expect(describeReload(outcome)).toBe(`Knowledge reloaded: now serving version ${old.kb.version.hash} (unchanged) with 2 facts.`);
  });

  test('the old engine serves until the new one is complete', async () => {
    const old = build();
    const manual = manualRebuild();
    const holder = createEngineHolder(old, manual.rebuild, { spacingMs: 0 });
    const outcome = holder.reload();
    await settle();
    expect(holder.engine()).toBe(old);
    const next = build();
    manual.finish(0, next);
    await outcome;
    expect(holder.engine()).toBe(next);
  });
});

describe('coalesced reloads', () => {
  test('50 requests at once cost two runs, and every request gets an outcome', async () => {
    const manual = manualRebuild();
    const holder = createEngineHolder(build(), manual.rebuild, { spacingMs: 0 });
    const runs: ReloadRun[] = [];
    holder.onReload((_outcome, run) => runs.push(run));

    const outcomes = Array.from({ length: 50 }, () => holder.reload());
    await settle();
    expect(manual.started()).toBe(1);
    manual.finish(0, build());
    await outcomes[0];
    await settle();
    expect(manual.started()).toBe(2);
    const last = build();
    manual.finish(1, last);
    const all = await Promise.all(outcomes);

    expect(all.every((o) => o.ok)).toBe(true);
    // Requests made while the first run read the files are answered by a run that started later.
    expect(all.slice(1).every((o) => o.ok && o.current === last.kb.version)).toBe(true);
    expect(runs).toEqual([
      { requests: 1, waiting: 49 },
      { requests: 49, waiting: 0 },
    ]);
    await settle();
    expect(manual.started()).toBe(2);
  });

  test('a request after a run waits out the spacing, and requests meanwhile share that run', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const builds: number[] = [];
    const holder = createEngineHolder(
      build(),
      async () => {
        builds.push(clock);
        return build();
      },
      { spacingMs: 2000, now: () => clock },
    );
    await holder.reload();
    expect(builds).toEqual([0]);

    clock = 500;
    const second = holder.reload();
    const third = holder.reload();
    await vi.advanceTimersByTimeAsync(1499);
    expect(builds).toEqual([0]);
    clock = 2000;
    await vi.advanceTimersByTimeAsync(1);
    const [a, b] = await Promise.all([second, third]);
    expect(builds).toEqual([0, 2000]);
    expect(a).toBe(b);
  });

  test('each run is reported once to listeners, whatever its outcome', async () => {
    let fail = false;
    const holder = createEngineHolder(build(), async () => {
      if (fail) throw new Error('broken');
      return build();
    }, { spacingMs: 0 });
    const seen: [boolean, ReloadRun][] = [];
    holder.onReload((outcome: ReloadOutcome, run) => seen.push([outcome.ok, run]));
    await holder.reload();
    fail = true;
    await holder.reload();
    expect(seen).toEqual([
      [true, { requests: 1, waiting: 0 }],
      [false, { requests: 1, waiting: 0 }],
    ]);
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
