import { write as fsWrite } from 'node:fs';

/** Where pino writes; a write never throws and never waits for the disk or the reader. */
export interface LogSink {
  write(line: string): void;
  /** Lines given up on so far: the sink failed (disk full, pipe closed) or fell too far behind. */
  dropped(): number;
  /** Resolves once every queued line is written or given up on, or after `timeoutMs`. */
  drained(timeoutMs: number): Promise<void>;
}

export interface SafeDestinationOptions {
  fd?: number;
  /** Lines waiting for a slow reader beyond this many bytes are dropped, so memory stays bounded. */
  maxQueuedBytes?: number;
  /** Told once writing works again after lines were dropped, with how many and why. */
  onRecovered?: (dropped: number, reason: string) => void;
  /** node:fs's write; tests pass one that fails on cue. */
  write?: typeof fsWrite;
}

const MB = 1024 * 1024;
/** A reader that stops reading (a paused pager, a full pipe) is retried at this pace. */
const RETRY_MS = 50;

const newlines = (chunk: Buffer): number => {
  let count = 0;
  for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) count += 1;
  return Math.max(count, 1);
};

/**
 * Writes log lines to `fd` in the background, one write at a time. A failed write (ENOSPC, EPIPE,
 * EBADF, a closed stdout) drops its lines and counts them, which pino's own stream instead turns
 * into an uncaught exception that, on a full disk, left the bot neither serving nor exiting.
 */
export function safeDestination(options: SafeDestinationOptions = {}): LogSink {
  const fd = options.fd ?? 1;
  const maxQueuedBytes = options.maxQueuedBytes ?? MB;
  const write = options.write ?? fsWrite;
  let queue: string[] = [];
  let queuedBytes = 0;
  let writing = false;
  let dropped = 0;
  let unreported = 0;
  let reason = '';
  /** A write that failed halfway left a torn line, which the next one must not continue. */
  let torn = false;
  let idle: (() => void)[] = [];

  const drop = (lines: number, why: string): void => {
    dropped += lines;
    unreported += lines;
    reason = why;
  };

  function writeChunk(chunk: Buffer, partly: boolean): void {
    write(fd, chunk, 0, chunk.length, null, (err, written) => {
      if (err?.code === 'EAGAIN') {
        setTimeout(() => writeChunk(chunk, partly), RETRY_MS).unref();
        return;
      }
      if (!err && written < chunk.length) {
        writeChunk(chunk.subarray(written), true);
        return;
      }
      if (err) {
        drop(newlines(chunk), err.code ?? err.message);
        torn ||= partly;
      } else if (unreported > 0) {
        const count = unreported;
        unreported = 0;
        options.onRecovered?.(count, reason);
      }
      writing = false;
      next();
    });
  }

  function next(): void {
    if (writing) return;
    if (queue.length === 0) {
      for (const resolve of idle.splice(0)) resolve();
      return;
    }
    writing = true;
    const chunk = Buffer.from(`${torn ? '\n' : ''}${queue.join('')}`);
    torn = false;
    queue = [];
    queuedBytes = 0;
    writeChunk(chunk, false);
  }

  return {
    write(line) {
      const bytes = Buffer.byteLength(line);
      if (queuedBytes + bytes > maxQueuedBytes) {
        drop(1, 'too far behind');
        return;
      }
      queue.push(line);
      queuedBytes += bytes;
      next();
    },
    dropped: () => dropped,
    drained(timeoutMs) {
      if (!writing && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        timer.unref();
        idle.push(() => (clearTimeout(timer), resolve()));
      });
    },
  };
}
