import type { Redis } from 'ioredis';
import type { ErrorLog } from '../logging/error-log';
import type { Logger } from '../logging/logger';
import { beginStep } from '../logging/step';

/**
 * A connection's life in the log, never its URL (it may hold a password): the start-up step
 * "connecting to Redis" until the first 'ready', its errors through the process's rate-limited
 * error log, and one line when it comes back after an outage.
 */
export function watchRedisConnection(redis: Redis, logger: Logger, errors: ErrorLog, connection: string): void {
  const log = logger.child({ connection });
  const connected = beginStep(log, 'connecting to Redis');
  let everReady = false;
  let downSince: number | null = null;
  redis.on('ready', () => {
    if (!everReady) connected();
    else if (downSince !== null) log.info({ downMs: Date.now() - downSince }, 'Redis connection restored');
    everReady = true;
    downSince = null;
    errors.reset();
  });
  redis.on('error', (error: Error) => {
    if (everReady && downSince === null) downSince = Date.now();
    errors.report(error, `redis:${connection}`);
  });
}
