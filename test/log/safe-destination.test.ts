import { closeSync, openSync, type write as fsWrite } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { safeDestination } from '../../src/log/safe-destination.js';

type Write = typeof fsWrite;
type Callback = (err: NodeJS.ErrnoException | null, written: number) => void;

const line = (i: number): string => `{"msg":"line ${i}"}\n`;

/** A write that answers each call as `answer` says, recording what reached the "disk". */
function scriptedWrite(answer: (call: number, chunk: Buffer) => NodeJS.ErrnoException | number | 'hang') {
  const written: string[] = [];
  let calls = 0;
  const write = ((_fd: number, chunk: Buffer, offset: number, length: number, _position: null, callback: Callback) => {
    const result = answer(calls++, chunk.subarray(offset, offset + length));
    if (result === 'hang') return;
    queueMicrotask(() => {
      if (typeof result === 'number') {
        written.push(chunk.subarray(offset, offset + result).toString());
        callback(null, result);
      } else callback(result, 0);
    });
  }) as unknown as Write;
  return { write, written, calls: () => calls };
}

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

afterEach(() => {
  vi.useRealTimers();
});

describe('the log sink', () => {
  test('on a full device every line is dropped and counted, and nothing throws', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const sink = safeDestination({ fd });
      for (let i = 0; i < 100; i += 1) sink.write(line(i));
      await sink.drained(5000);
      expect(sink.dropped()).toBe(100);
    } finally {
      closeSync(fd);
    }
  });

  test('once the disk has room again, writing resumes in order and the gap is reported once', async () => {
    const disk = scriptedWrite((call, chunk) => (call < 2 ? failure('ENOSPC') : chunk.length));
    const recovered: [number, string][] = [];
    const sink = safeDestination({ write: disk.write, onRecovered: (dropped, reason) => recovered.push([dropped, reason]) });
    sink.write(line(1));
    sink.write(line(2));
    await sink.drained(1000);
    sink.write(line(3));
    sink.write(line(4));
    await sink.drained(1000);
    expect(disk.written.join('')).toBe(line(3) + line(4));
    expect(sink.dropped()).toBe(2);
    expect(recovered).toEqual([[2, 'ENOSPC']]);
  });

  test('a write that fails halfway leaves its torn line on its own, not glued to the next', async () => {
    const disk = scriptedWrite((call, chunk) => (call === 0 ? 5 : call === 1 ? failure('ENOSPC') : chunk.length));
    const sink = safeDestination({ write: disk.write });
    sink.write(line(1));
    await sink.drained(1000);
    sink.write(line(2));
    await sink.drained(1000);
    expect(disk.written.join('')).toBe(`${line(1).slice(0, 5)}\n${line(2)}`);
  });

  test('a closed or broken stdout (EPIPE, EBADF) costs lines, never the process', async () => {
    for (const code of ['EPIPE', 'EBADF', 'EIO']) {
      const sink = safeDestination({ write: scriptedWrite(() => failure(code)).write });
      sink.write(line(1));
      await sink.drained(1000);
      expect(sink.dropped()).toBe(1);
    }
  });

  test('a reader that stops reading holds at most the backlog limit; the rest is dropped', async () => {
    const stuck = scriptedWrite(() => 'hang');
    const sink = safeDestination({ write: stuck.write, maxQueuedBytes: 64 * 1024 });
    const total = 10_000;
    for (let i = 0; i < total; i += 1) sink.write(line(i));
    // What is held: the one line being written, and a queue of at most 64 KB.
    const kept = total - sink.dropped();
    expect(kept).toBeLessThanOrEqual(1 + Math.floor((64 * 1024) / line(0).length));
    expect(kept).toBeGreaterThan(Math.floor((64 * 1024) / line(total).length));
    expect(stuck.calls()).toBe(1);
  });

  test('draining waits no longer than asked when the sink is stuck', async () => {
    vi.useFakeTimers();
    const sink = safeDestination({ write: scriptedWrite(() => 'hang').write });
    sink.write(line(1));
    let done = false;
    void sink.drained(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  test('a full non-blocking pipe (EAGAIN) is retried, and partial writes are completed', async () => {
    vi.useFakeTimers();
    const pipe = scriptedWrite((call, chunk) => (call === 0 ? failure('EAGAIN') : call === 1 ? 5 : chunk.length));
    const sink = safeDestination({ write: pipe.write });
    sink.write(line(1));
    await vi.advanceTimersByTimeAsync(100);
    await sink.drained(1000);
    expect(pipe.written.join('')).toBe(line(1));
    expect(sink.dropped()).toBe(0);
  });
});
