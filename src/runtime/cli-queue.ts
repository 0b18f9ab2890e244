/** For CLI commands that inspect the intake queue: open it from the env, run, close. */
import type { IntakeQueue } from '../../jobs/intake-queue';
import { createIntakeQueue } from '../../jobs/intake-queue';
import { loadProcessConfig } from '../config/load-process-config';
import { createRedisConnection } from '../server/redis-connection';

export async function withQueue<T>(work: (queue: IntakeQueue) => Promise<T>): Promise<T> {
  const config = loadProcessConfig(process.env, { generateSecrets: false });
  const redis = createRedisConnection(config.REDIS_URL ?? 'redis://127.0.0.1:6379', 'worker');
  redis.on('error', () => undefined);
  const queue = createIntakeQueue(redis, config.QUEUE_PREFIX, { attempts: config.JOB_ATTEMPTS });
  queue.on('error', () => undefined); // reported below as one clear message
  const ready = await Promise.race([
    redis.ping().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 3000).unref()),
  ]);
  try {
    if (!ready) throw new Error(`Redis at REDIS_URL is not reachable: start Redis or fix REDIS_URL, then try again`);
    return await work(queue);
  } finally {
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}
