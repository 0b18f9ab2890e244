/**
 * The marketplace feed's metrics (POST /api/marketplace/events): answers by outcome, records by
 * entity, op and result, how long the transaction took, and when a batch was last accepted.
 * Labels are bounded: outcomes are the fixed list below, entities the import contract's.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Every answer the feed gives: `accepted`, or the `error.code` of a refusal (docs/feed.md). */
export const FEED_OUTCOMES = [
  'accepted',
  'receiver_disabled',
  'unsupported_media_type',
  'unsupported_encoding',
  'payload_too_large',
  'unreadable_body',
  'missing_signature',
  'invalid_signature',
  'invalid_timestamp',
  'stale_timestamp',
  'invalid_json',
  'invalid_payload',
  'database_unavailable',
  'method_not_allowed',
] as const;
export type FeedOutcome = (typeof FEED_OUTCOMES)[number];

/** One entity and op of a committed batch: records applied and records skipped as not newer. */
export interface FeedRecordCount {
  entity: string;
  op: 'upsert' | 'delete';
  applied: number;
  skippedStale: number;
}

export interface FeedMetrics {
  /** Puts the feed's metrics on the registry, every outcome at 0 (called where the feed is mounted). */
  watchFeed(): void;
  /** One answer of the feed endpoint. */
  feedRequest(outcome: FeedOutcome): void;
  /** A committed batch: its records, the transaction's duration, and when it was accepted (epoch ms). */
  feedApplied(records: readonly FeedRecordCount[], ms: number, atMs: number): void;
  /** A batch whose transaction failed (rolled back), with how long it took to fail. */
  feedApplyFailed(ms: number): void;
}

// A batch of 1,000 records commits in about 0.2 s on PostgreSQL; the tail shows a struggling database.
const APPLY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createFeedMetrics(registry: Registry): FeedMetrics {
  // Registered by watchFeed() only: a process without the feed must not expose a "last accepted: 0"
  // that a feed-silence alert would read as a silent feed.
  const requests = new Counter({
    name: 'riskdesk_feed_requests_total',
    help: 'Marketplace feed requests by outcome (accepted, or the error code of the refusal)',
    labelNames: ['outcome'],
    registers: [],
  });
  const records = new Counter({
    name: 'riskdesk_feed_records_total',
    help: 'Marketplace feed records of committed batches by entity, op and result (applied, skipped_stale: not newer than the stored version)',
    labelNames: ['entity', 'op', 'result'],
    registers: [],
  });
  const applyDuration = new Histogram({
    name: 'riskdesk_feed_apply_duration_seconds',
    help: 'Marketplace feed batch transactions by outcome (applied, failed)',
    labelNames: ['outcome'],
    buckets: APPLY_BUCKETS,
    registers: [],
  });
  const lastAccepted = new Gauge({
    name: 'riskdesk_feed_last_accepted_timestamp_seconds',
    help: 'Unix time of the last marketplace feed batch this process accepted (0: none since start)',
    registers: [],
  });

  let watched = false;
  return {
    watchFeed() {
      if (watched) return;
      watched = true;
      registry.registerMetric(requests);
      registry.registerMetric(records);
      registry.registerMetric(applyDuration);
      registry.registerMetric(lastAccepted);
      // An alert on `increase(...) == 0` needs the series to exist before the first request.
      for (const outcome of FEED_OUTCOMES) requests.inc({ outcome }, 0);
    },
    feedRequest: (outcome) => requests.inc({ outcome }),
    feedApplied(counts, ms, atMs) {
      for (const { entity, op, applied, skippedStale } of counts) {
        if (applied > 0) records.inc({ entity, op, result: 'applied' }, applied);
        if (skippedStale > 0) records.inc({ entity, op, result: 'skipped_stale' }, skippedStale);
      }
      applyDuration.observe({ outcome: 'applied' }, ms / 1000);
      lastAccepted.set(atMs / 1000);
    },
    feedApplyFailed: (ms) => applyDuration.observe({ outcome: 'failed' }, ms / 1000),
  };
}
