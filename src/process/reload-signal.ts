/** How main hands SIGHUP to the bot once it can reload; see catchReloadSignal. */
export interface ReloadSignal {
  /** From now on each SIGHUP calls `reload`; one that came during start-up does so at once. */
  connect(reload: () => void): void;
  /** For the console, where SIGHUP means the terminal hung up: Node's default (exit) again. */
  release(): void;
}

/**
 * Node ends a process on any SIGHUP nobody listens for, and start-up (modules, knowledge, index,
 * login) takes a second or more, so main calls this before importing anything slow. Signals that
 * arrive before the bot can reload are remembered, and answered by one reload when it can.
 */
export function catchReloadSignal(proc: NodeJS.Process = process): ReloadSignal {
  let early = false;
  let reloader: (() => void) | null = null;
  const onSignal = (): void => {
    if (reloader) reloader();
    else early = true;
  };
  proc.on('SIGHUP', onSignal);
  return {
    connect(reload) {
      reloader = reload;
      if (early) reload();
      early = false;
    },
    release() {
      proc.off('SIGHUP', onSignal);
      if (early) proc.kill(proc.pid, 'SIGHUP');
    },
  };
}
