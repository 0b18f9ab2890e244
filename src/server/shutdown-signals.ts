import type { Logger } from 'pino';

/**
 * SIGTERM/SIGINT → run `shutdown` once, then exit 0 (1 if it failed or hung past the deadline).
 * Shared by `riskdesk serve` and `riskdesk start`.
 */
export function exitOnShutdownSignal(shutdown: () => Promise<void>, logger: Logger, deadlineMs = 30_000): void {
  let started = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (started) return;
    started = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting anyway');
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', handle);
  process.once('SIGINT', handle);
}
