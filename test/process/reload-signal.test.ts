import { EventEmitter } from 'node:events';
import { expect, test, vi } from 'vitest';
import { catchReloadSignal } from '../../src/process/reload-signal.js';

/** The process's signals, and what it does with a hang-up handed back to it. */
function fakeProcess() {
  return Object.assign(new EventEmitter(), { raised: vi.fn<() => void>() });
}

const caught = (proc: ReturnType<typeof fakeProcess>) => catchReloadSignal(proc, proc.raised);

test('SIGHUPs during start-up are held, then answered by one reload once the bot can reload', () => {
  const proc = fakeProcess();
  const signal = caught(proc);
  proc.emit('SIGHUP');
  proc.emit('SIGHUP');
  const reload = vi.fn();
  signal.connect(reload);
  expect(reload).toHaveBeenCalledTimes(1);
  proc.emit('SIGHUP');
  expect(reload).toHaveBeenCalledTimes(2);
});

test('without an early SIGHUP, connecting reloads nothing', () => {
  const proc = fakeProcess();
  const reload = vi.fn();
  caught(proc).connect(reload);
  expect(reload).not.toHaveBeenCalled();
});

test('the console gives SIGHUP back to Node, and a hang-up during start-up still ends the process', () => {
  const quiet = fakeProcess();
  caught(quiet).release();
  expect(quiet.listenerCount('SIGHUP')).toBe(0);
  expect(quiet.raised).not.toHaveBeenCalled();

  const hungUp = fakeProcess();
  const signal = caught(hungUp);
  hungUp.emit('SIGHUP');
  signal.release();
  expect(hungUp.listenerCount('SIGHUP')).toBe(0);
  expect(hungUp.raised).toHaveBeenCalledTimes(1);
});

test('once the bot is stopping, a SIGHUP reloads nothing and is still caught', () => {
  const proc = fakeProcess();
  const signal = caught(proc);
  const reload = vi.fn();
  signal.connect(reload);
  signal.disconnect();
  proc.emit('SIGHUP');
  expect(reload).not.toHaveBeenCalled();
  expect(proc.listenerCount('SIGHUP')).toBe(1);
});
