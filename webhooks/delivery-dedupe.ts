import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { HelpdeskSource } from '../src/domain/ticket';

/**
 * Remembers which deliveries were received, independently of job lifetime (jobs are removed a
 * day after completion, coalescing replaces them). Race-free by claiming FIRST:
 *   claim  — SET NX with a short "pending" TTL (and, for coalesced events, append the delivery id
 *            to the ticket's coalescing list in the same atomic script);
 *   confirm— after the job is enqueued, keep the key for DEDUPE_TTL_SECONDS;
 *   release— if enqueueing failed, delete the key so the helpdesk's retry gets through.
 * Exactly one of two concurrent copies wins the claim. If Redis dies between claim and release,
 * the pending key expires by itself, so a later retry is not mistaken for a duplicate.
 */
export const DEDUPE_TTL_SECONDS = 7 * 86_400;
export const PENDING_TTL_SECONDS = 5;
const MAX_COALESCED_IDS = 100;

const CLAIM_SCRIPT = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
  return {0, redis.call('GET', KEYS[1]) or ''}
end
if ARGV[4] == '0' then return {1} end
redis.call('RPUSH', KEYS[2], ARGV[3])
redis.call('LTRIM', KEYS[2], -${MAX_COALESCED_IDS}, -1)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
local ids = redis.call('LRANGE', KEYS[2], 0, -1)
table.insert(ids, 1, 1)
return ids`;

export type ClaimResult = { claimed: true; deliveryIds: string[] } | { claimed: false; jobId: string };

export interface DeliveryRef {
  source: HelpdeskSource;
  deliveryId: string;
  /** Coalescing window of the ticket this delivery belongs to; absent when not coalesced. */
  coalesce?: { id: string; ttlMs: number };
}

export interface DeliveryDedupeStore {
  claim(ref: DeliveryRef, jobId: string): Promise<ClaimResult>;
  confirm(ref: DeliveryRef, jobId: string): Promise<void>;
  release(ref: DeliveryRef): Promise<void>;
}

type ClaimCommand = (deliveryKey: string, listKey: string, jobId: string, ttl: number, deliveryId: string, listTtlMs: number) => Promise<unknown>;

export function createDeliveryDedupeStore(redis: Redis, prefix: string): DeliveryDedupeStore {
  const commandName = 'riskdeskClaimDelivery';
  if (!(commandName in redis)) redis.defineCommand(commandName, { numberOfKeys: 2, lua: CLAIM_SCRIPT });
  const claimCommand = (redis as unknown as Record<string, ClaimCommand>)[commandName] as ClaimCommand;
  const deliveryKey = ({ source, deliveryId }: DeliveryRef): string => {
    const id = deliveryId.length > 200 ? createHash('sha256').update(deliveryId).digest('hex') : deliveryId;
    return `${prefix}:intake:delivery:${source}:${id}`;
  };
  const listKey = (ref: DeliveryRef): string => (ref.coalesce ? `${prefix}:intake:coalesce:${ref.coalesce.id}` : `${prefix}:intake:coalesce:none`);

  return {
    async claim(ref, jobId) {
      const reply = await claimCommand.call(redis, deliveryKey(ref), listKey(ref), jobId, PENDING_TTL_SECONDS, ref.deliveryId, ref.coalesce?.ttlMs ?? 0);
      const [flag, ...rest] = Array.isArray(reply) ? (reply as unknown[]) : [];
      if (flag === 1) return { claimed: true, deliveryIds: rest.length > 0 ? rest.map(String) : [ref.deliveryId] };
      return { claimed: false, jobId: String(rest[0] ?? '') };
    },
    async confirm(ref, jobId) {
      await redis.set(deliveryKey(ref), jobId, 'EX', DEDUPE_TTL_SECONDS);
    },
    async release(ref) {
      const pipeline = redis.multi().del(deliveryKey(ref));
      if (ref.coalesce) pipeline.lrem(listKey(ref), 0, ref.deliveryId);
      await pipeline.exec();
    },
  };
}
