/**
 * Per-ticket mutual exclusion across every worker on every machine: Redis `SET key token NX PX`,
 * released only by its owner (compare-and-delete in Lua). A holder that dies frees the ticket
 * when the TTL passes; the TTL is refreshed while the holder works, so a slow helpdesk does not
 * let a second worker in.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { HelpdeskSource } from '../src/domain/ticket';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

type LockRedis = Redis & {
  riskdeskLockRelease(key: string, token: string): Promise<number>;
  riskdeskLockExtend(key: string, token: string, ttlMs: string): Promise<number>;
};

export interface TicketLock {
  /** Runs `work` holding the ticket's lock; returns `{ acquired: false }` at once when another worker holds it. */
  withLock<T>(source: HelpdeskSource, ticketId: string, work: () => Promise<T>): Promise<{ acquired: true; value: T } | { acquired: false }>;
}

export function createTicketLock(redis: Redis, prefix: string, ttlMs = 60_000): TicketLock {
  if (!('riskdeskLockRelease' in redis)) {
    redis.defineCommand('riskdeskLockRelease', { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand('riskdeskLockExtend', { numberOfKeys: 1, lua: EXTEND });
  }
  const client = redis as LockRedis;
  return {
    async withLock(source, ticketId, work) {
      const key = `${prefix}:lock:ticket:${source}:${ticketId}`;
      const token = randomBytes(12).toString('hex');
      const ok = await client.set(key, token, 'PX', ttlMs, 'NX');
      if (ok !== 'OK') return { acquired: false };
      const refresh = setInterval(() => {
        client.riskdeskLockExtend(key, token, String(ttlMs)).catch(() => undefined);
      }, Math.floor(ttlMs / 3));
      refresh.unref();
      try {
        return { acquired: true, value: await work() };
      } finally {
        clearInterval(refresh);
        await client.riskdeskLockRelease(key, token).catch(() => undefined);
      }
    },
  };
}
