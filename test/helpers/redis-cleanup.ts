import { deleteRedisPrefix } from '../../bench/redis-prefix';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Deletes every key under one test's prefix (never FLUSHDB: other suites share this Redis). */
export function deletePrefix(prefix: string, url: string = TEST_REDIS_URL): Promise<void> {
  return deleteRedisPrefix(prefix, url);
}
