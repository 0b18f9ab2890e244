/**
 * The benchmark's plumbing: signed webhooks, the fake helpdesk in its own process, the service
 * under test (intake server + worker on one database), and the store it runs on.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadConfig } from '../src/config/load-config';
import { createLogger } from '../src/logging/logger';
import { createMetrics } from '../src/metrics/metrics';
import { createRiskContextBuilder, seedDemoData } from '../src/runtime/risk-context';
import { createRulesProvider } from '../src/runtime/rules-provider';
import { startWorkerRuntime } from '../src/runtime/worker-runtime';
import { computeHmac } from '../src/security/hmac';
import { DEMO_WORLD } from '../src/seed/ensure-demo';
import { seedDemoWorld } from '../src/seed/seed-world';
import { startServer } from '../src/server/start-server';
import type { Db } from '../src/store/db';
import { openDb } from '../src/store/open-db';
import type { RemoteStats } from './fake-helpdesk';
import { deleteRedisPrefix } from './redis-prefix';
import { withSqlStats } from './sql-stats';

export { DEMO_WORLD };

export const num = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SECRET = 'bench-zendesk-webhook-secret';
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function signedTicketCreated(ticketId: number): { body: string; headers: Record<string, string> } {
  const now = new Date().toISOString();
  // The requester the fake helpdesk gives this ticket (bench/fake-helpdesk.ts), as Zendesk would send it.
  const requesterId = String(500_000 + (ticketId % 997));
  const body = JSON.stringify({
    type: 'zen:event-type:ticket.created',
    account_id: 22129848,
    id: randomUUID(),
    time: now,
    zendesk_event_version: '2022-11-06',
    subject: `zen:ticket:${ticketId}`,
    detail: { actor_id: requesterId, assignee_id: null, brand_id: '1', created_at: now, custom_status: '1', description: 'see the ticket', external_id: null, form_id: '1', group_id: null, id: String(ticketId), is_public: true, organization_id: null, priority: 'normal', requester_id: requesterId, status: 'NEW', subject: 'Help', submitter_id: requesterId, tags: ['web'], type: 'QUESTION', updated_at: now, via: { channel: 'web_form' } },
    event: {},
  });
  const timestamp = now.replace(/\.\d{3}Z$/, 'Z');
  return { body, headers: { 'content-type': 'application/json', 'x-zendesk-webhook-signature': computeHmac('sha256', SECRET, [timestamp, body], 'base64'), 'x-zendesk-webhook-signature-timestamp': timestamp } };
}

export interface Fake {
  url: string;
  stats(): Promise<RemoteStats>;
  stop(): void;
}

/** The fake helpdesk in its own process: a real helpdesk's CPU is not riskdesk's. */
async function startFake(latencyMs: number, maxRpm: number): Promise<Fake> {
  const file = path.join(__dirname, `fake-helpdesk${path.extname(__filename)}`);
  const child: ChildProcess = fork(file, [], { env: { ...process.env, FAKE_LATENCY_MS: String(latencyMs), FAKE_MAX_RPM: String(maxRpm) } });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`fake helpdesk exited (${code})`)));
  });
  return {
    url,
    stats: async () => (await (await fetch(`${url}/__bench/stats`)).json()) as RemoteStats,
    stop: () => child.disconnect(),
  };
}

export interface Service {
  url: string;
  fake: Fake;
  close(): Promise<void>;
}

export async function startService(db: Db, latencyMs: number, maxRpm: number, fakeRpm: number): Promise<Service> {
  const fake = await startFake(latencyMs, fakeRpm);
  const prefix = `bench-pipeline-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ZENDESK_WEBHOOK_SECRET: SECRET,
    ZENDESK_BOT_USER_ID: '9001',
    ZENDESK_API_URL: fake.url,
    ZENDESK_EMAIL: 'bench@riskdesk.test',
    ZENDESK_API_TOKEN: 'bench-token',
    ZENDESK_MAX_RPM: String(maxRpm),
    WRITEBACK_MODE: 'live',
    QUEUE_PREFIX: prefix,
    COALESCE_MS: '0',
    HOST: '127.0.0.1',
    REDIS_URL: process.env.REDIS_URL,
    JOB_DATA_KEY: randomBytes(32).toString('hex'),
    WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '32',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  });
  const logger = createLogger(config.LOG_LEVEL);
  const metrics = createMetrics();
  const jobDataKey = Buffer.from(config.JOB_DATA_KEY ?? '', 'hex');
  const rules = createRulesProvider(config.RULES_FILE, logger);
  const worker = startWorkerRuntime({ config, logger, db, metrics, rules, jobDataKey, buildContext: await createRiskContextBuilder(config, db) });
  const server = await startServer({ config, logger, jobDataKey, port: 0, counters: { onOutcome: (s, o) => metrics.webhookReceived(s, o) } });
  while (server.redis.status !== 'ready') await sleep(20);
  return {
    url: server.url,
    fake,
    async close() {
      await server.close();
      await worker.queue.obliterate({ force: true }).catch(() => undefined);
      await worker.close();
      fake.stop();
      await deleteRedisPrefix(prefix, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    },
  };
}

/** 503s and reset connections the load generator retried (as Zendesk would): reported with the figures. */
export const webhookRetries = { count: 0 };

export async function post(url: string, ticketId: number): Promise<void> {
  const signed = signedTicketCreated(ticketId);
  for (let attempt = 1; ; attempt += 1) {
    // A reset connection or a 503 is retried, as Zendesk retries its webhooks.
    const response = await fetch(`${url}/webhooks/zendesk`, { method: 'POST', headers: signed.headers, body: signed.body }).catch((error: unknown) => {
      if (attempt >= 5) throw error;
      return null;
    });
    if (response?.status === 202) return;
    if (response && (response.status !== 503 || attempt >= 5)) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
    webhookRetries.count += 1;
    await sleep(200 * attempt);
  }
}

export async function waitForNotes(fake: Fake, count: number, timeoutMs: number): Promise<RemoteStats> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stats = await fake.stats();
    if (Object.keys(stats.notesPerTicket).length >= count || Date.now() > deadline) return stats;
    await sleep(200);
  }
}

/**
 * The store: the embedded database (default), or PostgreSQL when BENCH_DATABASE_URL is set (a
 * throwaway schema, seeded with the same demo world, dropped at the end). PGlite runs its WASM
 * on the service's own thread, so at high rates PostgreSQL is the deployment to measure.
 */
export async function openBenchDb(): Promise<{ db: Db; label: string; drop(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const db = await openDb({ dataDir: 'memory://' });
    await seedDemoData(db, createLogger('silent'));
    return { db: withSqlStats(db), label: 'embedded PGlite (in memory)', drop: async () => undefined };
  }
  const schema = `bench_pipeline_${randomBytes(4).toString('hex')}`;
  const db = await openDb({ databaseUrl: url, dataDir: '', schema });
  await seedDemoWorld(db, { ...DEMO_WORLD });
  return { db: withSqlStats(db), label: `PostgreSQL (schema ${schema})`, drop: async () => void (await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)) };
}

