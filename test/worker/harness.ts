/**
 * The service as the worker tests see it: the real intake server (signed webhooks in), the real
 * worker runtime (queue, Redis pacer, ticket lock, helpdesk adapters, pipeline) against nock'ed
 * vendor APIs, the embedded database, and a unique Redis prefix cleaned up afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { deletePrefix } from '../helpers/redis-cleanup';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { findDecisions } from '../../src/audit/decision-store';
import type { DecisionRecord } from '../../src/audit/types';
import { loadConfig, type Config } from '../../src/config/load-config';
import type { HelpdeskSource } from '../../src/domain/ticket';
import { createLogger } from '../../src/logging/logger';
import { createMetrics, type Metrics } from '../../src/metrics/metrics';
import { createRulesProvider } from '../../src/runtime/rules-provider';
import { createRiskContextBuilder } from '../../src/runtime/risk-context';
import { startWorkerRuntime, type WorkerRuntime } from '../../src/runtime/worker-runtime';
import { startServer, type ServerHandle } from '../../src/server/start-server';
import type { Db } from '../../src/store/db';
import type { SignedRequest } from '../helpers/signing';

export const ZD_BASE = 'https://riskdesk-test.zendesk.com';
export const IC_BASE = 'https://api.intercom.io';
export const ZENDESK_SECRET = 'zendesk-secret-worker-0001';
export const INTERCOM_SECRET = 'intercom-secret-worker-0002';
export const BOT_ID = '9001';
export const ADMIN_ID = '814860';
export const ADMIN_TOKEN = 'admin-token-for-tests-0001';
export const REDIS_URL = 'redis://127.0.0.1:6379';

export interface Harness {
  config: Config;
  prefix: string;
  db: Db;
  server: ServerHandle;
  worker: WorkerRuntime;
  metrics: Metrics;
  post(path: string, request: SignedRequest): Promise<{ status: number; body: Record<string, unknown> }>;
  decisions(source: HelpdeskSource, ticketId: string): Promise<DecisionRecord[]>;
  /** Waits until the ticket has at least `count` audit rows; returns them newest first. */
  waitForDecisions(source: HelpdeskSource, ticketId: string, count?: number, timeoutMs?: number): Promise<DecisionRecord[]>;
  close(): Promise<void>;
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export { deletePrefix };

export function workerEnv(prefix: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    ZENDESK_WEBHOOK_SECRET: ZENDESK_SECRET,
    INTERCOM_CLIENT_SECRET: INTERCOM_SECRET,
    ZENDESK_BOT_USER_ID: BOT_ID,
    INTERCOM_ADMIN_ID: ADMIN_ID,
    ZENDESK_API_URL: ZD_BASE,
    ZENDESK_EMAIL: 'bot@riskdesk.test',
    ZENDESK_API_TOKEN: 'zendesk-api-token',
    INTERCOM_ACCESS_TOKEN: 'intercom-access-token',
    INTERCOM_API_URL: IC_BASE,
    WRITEBACK_MODE: 'live',
    JOB_DATA_KEY: randomBytes(32).toString('hex'),
    QUEUE_PREFIX: prefix,
    COALESCE_MS: '0',
    JOB_ATTEMPTS: '3',
    HOST: '127.0.0.1',
    REDIS_URL,
    RULES_FILE: 'config/rules.yaml',
    ADMIN_TOKEN,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  };
}

export interface HarnessOptions {
  /** Where the worker's and the server's pino lines go (tests that read the logs); LOG_LEVEL still applies. */
  logDestination?: DestinationStream;
}

export async function startHarness(db: Db, env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const prefix = `test-worker-${randomBytes(4).toString('hex')}`;
  const config = loadConfig(workerEnv(prefix, env));
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  const metrics = createMetrics({ defaultMetrics: false });
  const jobDataKey = Buffer.from(config.JOB_DATA_KEY ?? '', 'hex');
  const rules = createRulesProvider(config.RULES_FILE, logger);
  const worker = startWorkerRuntime({ config, logger, db, metrics, rules, jobDataKey, buildContext: await createRiskContextBuilder(config, db) });
  const server = await startServer({
    config,
    logger,
    jobDataKey,
    port: 0,
    counters: { onOutcome: (source, outcome) => metrics.webhookReceived(source, outcome) },
    ownTags: new Set(rules.initial?.ownTags() ?? []),
  });
  await waitFor(() => server.redis.status === 'ready', 5000, 'redis ready');
  const decisions = (source: HelpdeskSource, ticketId: string) => findDecisions(db, source, ticketId, 50);
  return {
    config,
    prefix,
    db,
    server,
    worker,
    metrics,
    async post(path, request) {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: request.headers, body: request.body });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    decisions,
    async waitForDecisions(source, ticketId, count = 1, timeoutMs = 10_000) {
      let rows: DecisionRecord[] = [];
      await waitFor(async () => (rows = await decisions(source, ticketId)).length >= count, timeoutMs, `${count} decision(s) for ${source}/${ticketId}`);
      return rows;
    },
    async close() {
      await server.close();
      await worker.queue.obliterate({ force: true }).catch(() => undefined);
      await worker.close();
      await deletePrefix(prefix);
    },
  };
}

/**
 * For a whole test file: a harness on a fresh embedded database, started once, and fresh helpdesk
 * traffic (nock: any unmocked request fails) for each test.
 */
export function useHarnessWithTraffic(): { readonly h: Harness; readonly traffic: HelpdeskTraffic } {
  let testDb: TestDb | undefined;
  let harness: Harness | undefined;
  let traffic: HelpdeskTraffic | undefined;
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    harness = await startHarness(testDb.db);
  }, 90_000);
  afterAll(async () => {
    await harness?.close();
    await testDb?.cleanup();
  });
  beforeEach(() => {
    traffic = new HelpdeskTraffic();
  });
  afterEach(() => traffic?.dispose());
  return {
    get h(): Harness {
      if (!harness) throw new Error('the harness starts in beforeAll: use it inside a test');
      return harness;
    },
    get traffic(): HelpdeskTraffic {
      if (!traffic) throw new Error('helpdesk traffic is set up in beforeEach: use it inside a test');
      return traffic;
    },
  };
}
