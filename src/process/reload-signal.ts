/** How main hands SIGHUP to the bot once it can reload; see catchReloadSignal. */
export interface ReloadSignal {
  /** From now on each SIGHUP calls `reload`; one that came during start-up does so at once. */
  connect(reload: () => void): void;
  /** The bot is stopping: SIGHUPs are still caught, so one cannot end the stop early, but reload nothing. */
  disconnect(): void;
  /** For the console, where SIGHUP means the terminal hung up: Node's default (exit) again. */
  release(): void;
}

/**
 * Node ends a process on any SIGHUP nobody listens for, and start-up (modules, knowledge, index,
 * login) takes a second or more, so main calls this before importing anything slow. Signals that
 * arrive before the bot can reload are remembered, and answered by one reload when it can.
 * `signals` is the process, or an emitter in tests; `raiseAgain` sends a held hang-up back to it
 * once nobody listens, for release.
 */
export function catchReloadSignal(
  signals: NodeJS.EventEmitter = process,
  raiseAgain: () => void = () => process.kill(process.pid, 'SIGHUP'),
): ReloadSignal {
  let early = false;
  let reloader: (() => void) | null = null;
  let stopping = false;
  const onSignal = (): void => {
    if (stopping) return;
    if (reloader) reloader();
    else early = true;
  };
  signals.on('SIGHUP', onSignal);
  return {
    connect(reload) {
      reloader = reload;
      if (early) reload();
      early = false;
    },
    disconnect() {
      stopping = true;
      reloader = null;
    },
    release() {
      signals.off('SIGHUP', onSignal);
      if (early) raiseAgain();
    },
  };
}
