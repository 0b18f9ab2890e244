import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createTurnBatcher } from '../src/concurrency/turn-batcher';
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
 *
 * Claims (and confirms) made by the webhooks handled in one event-loop turn go to Redis as ONE
 * script call: under load that is one command for many requests instead of one each. The script
 * runs the claims in arrival order, so the outcome is the same as one call per claim.
 */
export const DEDUPE_TTL_SECONDS = 7 * 86_400;
export const PENDING_TTL_SECONDS = 5;
const MAX_COALESCED_IDS = 100;
const MAX_BATCH = 200;

/** KEYS: delivery key, coalescing list key (pairs). ARGV: pending TTL, then job id, delivery id, list TTL ms (triples). */
const CLAIM_SCRIPT = `
local out = {}
for i = 1, #KEYS / 2 do
  local deliveryKey, listKey = KEYS[2 * i - 1], KEYS[2 * i]
  local jobId, deliveryId, listTtl = ARGV[3 * i - 1], ARGV[3 * i], ARGV[3 * i + 1]
  if not redis.call('SET', deliveryKey, jobId, 'NX', 'EX', ARGV[1]) then
    out[i] = {0, redis.call('GET', deliveryKey) or ''}
  elseif listTtl == '0' then
    out[i] = {1}
  else
    redis.call('RPUSH', listKey, deliveryId)
    redis.call('LTRIM', listKey, -${MAX_COALESCED_IDS}, -1)
    redis.call('PEXPIRE', listKey, listTtl)
    local ids = redis.call('LRANGE', listKey, 0, -1)
    table.insert(ids, 1, 1)
    out[i] = ids
  end
end
return out`;

/** KEYS: delivery keys. ARGV: TTL seconds, then one job id per key. */
const CONFIRM_SCRIPT = `
for i = 1, #KEYS do redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[1]) end
return #KEYS`;

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

type ScriptCommand = (numberOfKeys: number, ...keysAndArgs: Array<string | number>) => Promise<unknown>;
type ScriptRedis = Redis & { riskdeskClaimDeliveries: ScriptCommand; riskdeskConfirmDeliveries: ScriptCommand };

function withScripts(redis: Redis): ScriptRedis {
  if (!('riskdeskClaimDeliveries' in redis)) redis.defineCommand('riskdeskClaimDeliveries', { lua: CLAIM_SCRIPT });
  if (!('riskdeskConfirmDeliveries' in redis)) redis.defineCommand('riskdeskConfirmDeliveries', { lua: CONFIRM_SCRIPT });
  return redis as ScriptRedis;
}

function toClaimResult(reply: unknown, ref: DeliveryRef): ClaimResult {
  const [flag, ...rest] = Array.isArray(reply) ? (reply as unknown[]) : [];
  if (flag === 1) return { claimed: true, deliveryIds: rest.length > 0 ? rest.map(String) : [ref.deliveryId] };
  return { claimed: false, jobId: String(rest[0] ?? '') };
}

export function createDeliveryDedupeStore(redis: Redis, prefix: string): DeliveryDedupeStore {
  const client = withScripts(redis);
  const deliveryKey = ({ source, deliveryId }: DeliveryRef): string => {
    const id = deliveryId.length > 200 ? createHash('sha256').update(deliveryId).digest('hex') : deliveryId;
    return `${prefix}:intake:delivery:${source}:${id}`;
  };
  const listKey = (ref: DeliveryRef): string => (ref.coalesce ? `${prefix}:intake:coalesce:${ref.coalesce.id}` : `${prefix}:intake:coalesce:none`);

  const claims = createTurnBatcher<{ ref: DeliveryRef; jobId: string }, ClaimResult>(async (items) => {
    const keys = items.flatMap(({ ref }) => [deliveryKey(ref), listKey(ref)]);
    const args = items.flatMap(({ ref, jobId }) => [jobId, ref.deliveryId, ref.coalesce?.ttlMs ?? 0]);
    const replies = await client.riskdeskClaimDeliveries(keys.length, ...keys, PENDING_TTL_SECONDS, ...args);
    const list = Array.isArray(replies) ? (replies as unknown[]) : [];
    return items.map(({ ref }, i) => toClaimResult(list[i], ref));
  }, { maxBatchSize: MAX_BATCH });
  const confirms = createTurnBatcher<{ ref: DeliveryRef; jobId: string }, void>(async (items) => {
    const keys = items.map(({ ref }) => deliveryKey(ref));
    await client.riskdeskConfirmDeliveries(keys.length, ...keys, DEDUPE_TTL_SECONDS, ...items.map(({ jobId }) => jobId));
    return items.map(() => undefined);
  }, { maxBatchSize: MAX_BATCH });

  return {
    claim: (ref, jobId) => claims.add({ ref, jobId }),
    confirm: (ref, jobId) => confirms.add({ ref, jobId }),
    async release(ref) {
      const pipeline = redis.multi().del(deliveryKey(ref));
      if (ref.coalesce) pipeline.lrem(listKey(ref), 0, ref.deliveryId);
      await pipeline.exec();
    },
  };
}
