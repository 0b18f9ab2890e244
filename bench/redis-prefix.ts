import { Redis } from 'ioredis';

/**
 * Removes every key under one run's prefix (never FLUSHDB: other runs and test suites share this
 * Redis). Shared by the benchmarks and the test helpers.
 */
export async function deleteRedisPrefix(prefix: string, url: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
