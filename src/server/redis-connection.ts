import { Redis, type RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'worker';

/** Reconnect forever with a bounded backoff: a Redis outage must heal by itself. */
export function boundedBackoff(times: number): number {
  return Math.min(100 * 2 ** Math.min(times, 5), 2000);
}

/** Redis calls on the request path give up after this, so a webhook never waits long for a sick Redis. */
export const PRODUCER_COMMAND_TIMEOUT_MS = 1500;

/**
 * One ioredis connection per role.
 * - producer (HTTP intake): fails fast — no offline queue (commands reject at once while
 *   disconnected), a per-command timeout and one retry per request, so a webhook answers 503 in
 *   well under 2 s instead of hanging. Auto-pipelining sends the commands of every webhook
 *   handled in one event-loop turn in one write: under load that is one Redis wake-up for many
 *   requests instead of one per command (bench:intake, docs/benchmarks.md). Only the producer gets it —
 *   BullMQ's worker connections stay unpipelined (see docs/benchmarks.md, intake).
 * - worker (BullMQ Worker): what BullMQ requires — `maxRetriesPerRequest: null` and the offline
 *   queue, so blocking commands survive reconnects.
 */
export function createRedisConnection(url: string, role: RedisRole): Redis {
  const common: RedisOptions = {
    retryStrategy: boundedBackoff,
    connectTimeout: 1000,
    disconnectTimeout: 200,
    connectionName: `riskdesk-${role}`,
  };
  const roleOptions: RedisOptions =
    role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS, enableAutoPipelining: true }
      : { enableOfflineQueue: true, maxRetriesPerRequest: null };
  return new Redis(url, { ...common, ...roleOptions });
}

/** True when the connection can take a command right now (used to fail fast instead of queueing). */
export function isRedisReady(connection: Redis): boolean {
  return connection.status === 'ready';
}
