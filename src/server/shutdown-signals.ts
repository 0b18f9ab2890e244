import type { Logger } from 'pino';

/** SIGTERM to exit, whatever is down: every closing step has a budget well inside it. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

/** Exit codes of the long-running commands (start, serve, work). */
export const DAEMON_EXIT = {
  /** Stopped by SIGTERM/SIGINT: drained and closed (or stopped during start-up, before accepting anything). */
  stopped: 0,
  /** Could not start, crashed, or the shutdown failed or passed its deadline. */
  failed: 1,
} as const;

/** How long an exit waits for the log to be written before it goes anyway (a stuck stdout must not hold the process). */
const FLUSH_WAIT_MS = 1_000;

/**
 * Exit once the log holds every line — the last ones ("riskdesk stopped") are what an operator
 * reads to know how the process ended. The daemons log synchronously (src/runtime/daemon.ts);
 * the flush covers a logger given a buffered destination.
 */
function exitAfterFlush(logger: Logger, code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), FLUSH_WAIT_MS).unref();
  logger.flush(() => process.exit(code));
}

export interface ShutdownSignals {
  /** From now on a signal runs `close` (once) instead of exiting at once. */
  started(close: () => Promise<void>): void;
}

/**
 * SIGTERM/SIGINT handling for `riskdesk serve`, `start` and `work`, installed before start-up:
 * - during start-up: nothing has been accepted yet, so the process exits at once (0) rather than
 *   finish seeding or training first;
 * - once started: `close()` runs once, then exit 0 — or 1 if it failed or took longer than the deadline.
 */
export function handleShutdownSignals(logger: Logger, deadlineMs = SHUTDOWN_DEADLINE_MS): ShutdownSignals {
  let close: (() => Promise<void>) | null = null;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    if (!close) {
      logger.info({ signal }, 'signal during start-up: exiting now (nothing was accepted yet)');
      exitAfterFlush(logger, DAEMON_EXIT.stopped);
      return;
    }
    logger.info({ signal, deadlineMs }, 'shutting down: draining in-flight requests and jobs');
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown took too long; exiting anyway');
      exitAfterFlush(logger, DAEMON_EXIT.failed);
    }, deadlineMs);
    deadline.unref();
    close().then(
      () => exitAfterFlush(logger, DAEMON_EXIT.stopped),
      (error: unknown) => {
        logger.error({ err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
        exitAfterFlush(logger, DAEMON_EXIT.failed);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return {
    started(service) {
      close = service;
    },
  };
}
