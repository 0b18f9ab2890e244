/**
 * Every Prometheus metric riskdesk exposes, on one registry per process. Modules never touch
 * prom-client directly: they call the small recording functions here, so the names, labels and
 * buckets stay in one place (and tests can count what happened).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { createBackfillMetrics, type BackfillMetrics } from './backfill-metrics';
import { createFeedMetrics, type FeedMetrics } from './feed-metrics';

/** What the worker's queue can tell the metrics (implemented in jobs/, so no BullMQ here). */
export interface QueueStatsSource {
  counts(): Promise<{ waiting: number; active: number; delayed: number; failed: number }>;
  /** Epoch ms when the oldest waiting job became ready, null when none waits. */
  oldestWaitingSince(): Promise<number | null>;
}

export type Stage = 'hydrate' | 'context' | 'decide' | 'writeback' | 'total';

/** The feed's (feed-metrics.ts) and the backfill's (backfill-metrics.ts) recorders are optional like every later addition. */
export interface Metrics extends Partial<FeedMetrics>, Partial<BackfillMetrics> {
  readonly registry: Registry;
  webhookReceived(source: string, outcome: string): void;
  stageDuration(stage: Stage, source: string, ms: number): void;
  writeBack(source: string, outcome: string): void;
  rateLimited(source: string): void;
  decision(source: string, intent: string, level: string, route: string | null): void;
  /** One decision of either crisis tier (`crisis` confident, `review` possible danger), by category. */
  crisisTier(source: string, tier: 'crisis' | 'review', category: string | null): void;
  /** Webhook received → note written (or decision recorded), in ms. */
  webhookToWrite(source: string, outcome: string, ms: number): void;
  jobFailed(reason: 'permanent' | 'exhausted'): void;
  /** One crisis second opinion: provider, outcome (ok, timeout, …), whether it raised the tier, latency. */
  crisisProvider(provider: string, outcome: string, raised: boolean, ms: number): void;
  /** A ticket-rate spike on an entity (src/incidents/spikes.ts). */
  incidentSpike?(entityType: string): void;
  /** An incident resolved or reopened because its problem ticket / tracker changed status (src/incidents/helpdesk-status.ts). */
  incidentHelpdeskStatus?(source: string, change: 'resolved' | 'reopened'): void;
  /** Registers the queue whose depth and age /metrics reports (one per process). */
  watchQueue(queue: QueueStatsSource): void;
}

const STAGE_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
// Around the provider timeout (3 s by default): where the answers fall and how many hit the limit.
const PROVIDER_BUCKETS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'riskdesk_' });
  let queue: QueueStatsSource | null = null;

  const webhooks = new Counter({ name: 'riskdesk_webhooks_total', help: 'Webhook deliveries by source and outcome', labelNames: ['source', 'outcome'], registers: [registry] });
  const stages = new Histogram({ name: 'riskdesk_stage_duration_seconds', help: 'Worker stage durations', labelNames: ['stage', 'source'], buckets: STAGE_BUCKETS, registers: [registry] });
  const writeBacks = new Counter({ name: 'riskdesk_writebacks_total', help: 'Write-back outcomes (written, unchanged, shadow, failed)', labelNames: ['source', 'outcome'], registers: [registry] });
  const limited = new Counter({ name: 'riskdesk_helpdesk_rate_limited_total', help: 'HTTP 429 answers from a helpdesk', labelNames: ['source'], registers: [registry] });
  const decisions = new Counter({ name: 'riskdesk_decisions_total', help: 'Decisions by intent, risk level and route', labelNames: ['source', 'intent', 'level', 'route'], registers: [registry] });
  const tiers = new Counter({
    name: 'riskdesk_crisis_decisions_total',
    help: 'Decisions of either crisis tier (crisis, review) by crisis category',
    labelNames: ['source', 'tier', 'category'],
    registers: [registry],
  });
  const endToEnd = new Histogram({ name: 'riskdesk_webhook_to_write_seconds', help: 'From webhook receipt to the recorded write-back', labelNames: ['source', 'outcome'], buckets: STAGE_BUCKETS, registers: [registry] });
  const spikes = new Counter({ name: 'riskdesk_incident_spikes_total', help: 'Ticket-rate spikes recorded, by entity kind', labelNames: ['entity_type'], registers: [registry] });
  const helpdeskStatus = new Counter({ name: 'riskdesk_incident_helpdesk_status_total', help: 'Incidents resolved or reopened by their problem ticket / tracker in the helpdesk', labelNames: ['source', 'change'], registers: [registry] });
  const failures = new Counter({ name: 'riskdesk_jobs_failed_total', help: 'Jobs moved to failed, by reason', labelNames: ['reason'], registers: [registry] });
  const providerCalls = new Counter({
    name: 'riskdesk_crisis_provider_total',
    help: 'Crisis second opinions by provider, outcome (ok, timeout, error, malformed, rate_limited, skipped) and whether they raised the tier',
    labelNames: ['provider', 'outcome', 'raised'],
    registers: [registry],
  });
  const providerLatency = new Histogram({ name: 'riskdesk_crisis_provider_duration_seconds', help: 'Crisis provider call durations by outcome', labelNames: ['provider', 'outcome'], buckets: PROVIDER_BUCKETS, registers: [registry] });

  new Gauge({
    name: 'riskdesk_queue_jobs',
    help: 'Jobs in the intake queue by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      if (!queue) return;
      const counts = await queue.counts().catch(() => null);
      if (!counts) return;
      for (const [state, value] of Object.entries(counts)) this.set({ state }, value);
    },
  });
  new Gauge({
    name: 'riskdesk_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job waiting to be processed (0 when none waits)',
    registers: [registry],
    async collect() {
      if (!queue) return;
      const since = await queue.oldestWaitingSince().catch(() => null);
      this.set(since === null ? 0 : Math.max(0, (Date.now() - since) / 1000));
    },
  });

  return {
    ...createFeedMetrics(registry),
    ...createBackfillMetrics(registry),
    registry,
    webhookReceived: (source, outcome) => webhooks.inc({ source, outcome }),
    stageDuration: (stage, source, ms) => stages.observe({ stage, source }, ms / 1000),
    writeBack: (source, outcome) => writeBacks.inc({ source, outcome }),
    rateLimited: (source) => limited.inc({ source }),
    decision: (source, intent, level, route) => decisions.inc({ source, intent, level, route: route ?? 'none' }),
    crisisTier: (source, tier, category) => tiers.inc({ source, tier, category: category ?? 'none' }),
    webhookToWrite: (source, outcome, ms) => endToEnd.observe({ source, outcome }, ms / 1000),
    jobFailed: (reason) => failures.inc({ reason }),
    crisisProvider: (provider, outcome, raised, ms) => {
      providerCalls.inc({ provider, outcome, raised: String(raised) });
      if (outcome !== 'skipped') providerLatency.observe({ provider, outcome }, ms / 1000);
    },
    incidentSpike: (entityType) => spikes.inc({ entity_type: entityType }),
    incidentHelpdeskStatus: (source, change) => helpdeskStatus.inc({ source, change }),
    watchQueue: (source) => {
      queue = source;
    },
  };
}
