import { EventEmitter } from 'node:events';
import { afterEach, expect, test, vi } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';
import { exitOnUncaughtException } from '../../src/log/fatal-exit.js';
import type { LogSink } from '../../src/log/safe-destination.js';

/** Just what exitOnUncaughtException touches of a process. */
function fakeProcess() {
  const proc = new EventEmitter() as EventEmitter & { exit: ReturnType<typeof vi.fn> };
  proc.exit = vi.fn();
  return proc;
}

function sink(drains: boolean, lines: string[]): LogSink {
  return {
    write: (l) => void lines.push(l),
    dropped: () => 0,
    drained: (timeoutMs) => new Promise((resolve) => setTimeout(resolve, drains ? 1 : timeoutMs)),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

test('an uncaught exception is logged as fatal and exits 1 once the log is written', async () => {
  vi.useFakeTimers();
  const proc = fakeProcess();
  const lines: string[] = [];
  const logSink = sink(true, lines);
  exitOnUncaughtException(createLogger('info', logSink), logSink, proc as unknown as NodeJS.Process);
  proc.emit('uncaughtException', new Error('boom'));
  await vi.advanceTimersByTimeAsync(1);
  expect(proc.exit).toHaveBeenCalledWith(1);
  expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 60, msg: 'uncaught exception; exiting', err: { message: 'boom' } });
});

test('with a log that never drains, the exit still comes within the grace period', async () => {
  vi.useFakeTimers();
  const proc = fakeProcess();
  const logSink = sink(false, []);
  exitOnUncaughtException(createLogger('info', logSink), logSink, proc as unknown as NodeJS.Process, 2000);
  proc.emit('uncaughtException', new Error('boom'));
  await vi.advanceTimersByTimeAsync(1999);
  expect(proc.exit).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(proc.exit).toHaveBeenCalledWith(1);
});
