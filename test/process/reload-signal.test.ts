import { EventEmitter } from 'node:events';
import { expect, test, vi } from 'vitest';
import { catchReloadSignal } from '../../src/process/reload-signal.js';

/** Just what catchReloadSignal touches of a process. */
function fakeProcess() {
  const proc = new EventEmitter() as EventEmitter & { pid: number; kill: ReturnType<typeof vi.fn> };
  proc.pid = 4242;
  proc.kill = vi.fn();
  return proc;
}

const caught = (proc: ReturnType<typeof fakeProcess>) => catchReloadSignal(proc as unknown as NodeJS.Process);

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
  expect(quiet.kill).not.toHaveBeenCalled();

  const hungUp = fakeProcess();
  const signal = caught(hungUp);
  hungUp.emit('SIGHUP');
  signal.release();
  expect(hungUp.listenerCount('SIGHUP')).toBe(0);
  expect(hungUp.kill).toHaveBeenCalledWith(4242, 'SIGHUP');
});
