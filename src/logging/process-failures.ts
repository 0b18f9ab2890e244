import type { Logger } from './logger';

/**
 * A long-running process logs its own crash as one pino line (Node would print a multi-line
 * stack to stderr) and exits 1, as Node would.
 */
export function logProcessFailures(logger: Logger): void {
  const fail = (what: string) => (error: unknown) => {
    logger.fatal({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, `${what}: exiting`);
    process.exit(1);
  };
  process.on('uncaughtException', fail('uncaught exception'));
  process.on('unhandledRejection', fail('unhandled promise rejection'));
}
