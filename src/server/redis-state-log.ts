import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** One line per state change (not one per reconnect attempt), never the URL (it may hold a password). */
export function logRedisState(redis: Redis, logger: Logger): void {
  let up = false;
  let warned = false;
  redis.on('ready', () => {
    up = true;
    warned = false;
    logger.info('Redis connected');
  });
  redis.on('error', (error: Error) => {
    if (warned) return;
    warned = true;
    logger.warn({ err: { message: error.message } }, up ? 'Redis connection lost: webhooks answer 503 until it returns' : 'Redis unreachable: webhooks answer 503 until it is up (check REDIS_URL)');
  });
}
