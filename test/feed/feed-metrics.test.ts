/**
 * The feed's metrics as an operator scrapes them: the real `riskdesk start` composition (HTTP
 * server on a port, embedded database or PostgreSQL), signed batches in — accepted, replayed,
 * forged, stale, invalid, too large — then GET /metrics and the exact counters. And the 503 path
 * (a database that fails mid-batch) on the router alone.
 */
import { randomBytes } from 'node:crypto';
import express from 'express';
import { Client } from 'pg';
import request from 'supertest';
import { loadConfig } from '../../src/config/load-config';
import { signFeedBody } from '../../src/feed/signature';
import { createLogger } from '../../src/logging/logger';
import { FEED_OUTCOMES } from '../../src/metrics/feed-metrics';
import { createMetrics } from '../../src/metrics/metrics';
import { startService, type ServiceHandle } from '../../src/runtime/service';
import { createMarketplaceEventsRouter, FEED_PATH } from '../../src/server/routes/marketplace-events';
import type { Db } from '../../src/store/db';
import { ensurePgSchema } from '../../src/store/drivers/pg-db';
import { parseSamples, sample, seriesOf, type Samples } from '../helpers/prometheus-text';
import { createEmbeddedDataDir, createTestDb, testDbLabels, testSchemaName } from '../helpers/test-db';
import { deletePrefix, waitFor, workerEnv } from '../worker/harness';

const SECRET = 'feed-metrics-secret-0001';

const user = (id: string, updatedAt: string) => ({
  entity: 'users',
  op: 'upsert',
  data: { id, email: `${id}@example.com`, username: `h_${id}`, created_at: '2026-01-01T00:00:00Z', status: 'active', updated_at: updatedAt },
});
const order = (id: string, buyer: string, updatedAt: string) => ({
  entity: 'orders',
  op: 'upsert',
  data: { id, buyer_id: buyer, seller_id: 'fm_seller', title: 'Card', category: 'cards', amount_cents: 1000, currency: 'USD', status: 'paid', created_at: '2026-01-01T00:00:00Z', updated_at: updatedAt },
});
const deleteDevice = (userId: string, fingerprint: string, updatedAt: string) => ({ entity: 'devices', op: 'delete', data: { user_id: userId, fingerprint, updated_at: updatedAt } });

/** Where the service keeps its data: a migrated embedded directory, or a fresh PostgreSQL schema. */
async function serviceDatabase(label: 'pglite' | 'postgres'): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (label === 'pglite') {
    const dir = await createEmbeddedDataDir();
    return { env: { RISKDESK_DATA_DIR: dir.dir }, cleanup: async () => dir.cleanup() };
  }
  const databaseUrl = process.env.TEST_DATABASE_URL ?? '';
  const schema = testSchemaName();
  await ensurePgSchema(databaseUrl, schema);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: url.toString() },
    async cleanup() {
      const admin = new Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

for (const label of testDbLabels()) {
  describe(`feed metrics on riskdesk start [${label}]`, () => {
    const prefix = `test-feed-metrics-${randomBytes(4).toString('hex')}`;
    let database: Awaited<ReturnType<typeof serviceDatabase>> | undefined;
    let service: ServiceHandle | undefined;
    const url = (): string => service?.server?.url ?? '';

    beforeAll(async () => {
      database = await serviceDatabase(label);
      const config = loadConfig(workerEnv(prefix, { ...database.env, AUTO_SEED: 'false', WRITEBACK_MODE: 'shadow', MARKETPLACE_FEED_SECRET: SECRET }));
      service = await startService({ config, logger: createLogger('silent'), server: true, worker: false, port: 0 });
      await waitFor(() => service?.server?.redis.status === 'ready', 5000, 'redis ready');
    }, 90_000);
    afterAll(async () => {
      await service?.close();
      await deletePrefix(prefix);
      await database?.cleanup();
    });

    const send = async (body: string, signature: string = signFeedBody(body, SECRET)): Promise<Response> =>
      fetch(`${url()}${FEED_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Riskdesk-Signature': signature }, body });
    const scrape = async (): Promise<Samples> => {
      const res = await fetch(`${url()}/metrics`);
      expect(res.status).toBe(200);
      return parseSamples(await res.text());
    };

    it('serves every feed outcome at 0 before the first request, and no batch accepted yet', async () => {
      const samples = await scrape();
      expect(seriesOf(samples, 'riskdesk_feed_requests_total')).toEqual(Object.fromEntries(FEED_OUTCOMES.map((outcome) => [`outcome="${outcome}"`, 0])));
      expect(sample(samples, 'riskdesk_feed_last_accepted_timestamp_seconds')).toBe(0);
      expect(seriesOf(samples, 'riskdesk_feed_records_total')).toEqual({});
    });

    it('counts accepted, replayed, forged, stale, invalid and oversized batches exactly', async () => {
      const batch = JSON.stringify({ records: [user('fm1', '2026-12-06T01:00:00Z'), user('fm2', '2026-12-06T01:00:00Z'), order('WN-FM1', 'fm1', '2026-12-06T01:00:00Z')] });
      const before = Date.now() / 1000;
      expect(await (await send(batch)).json()).toEqual({ applied: 3, skipped_stale: 0 });
      // The same batch again (freshly signed): every record is not newer than the stored one.
      expect(await (await send(batch)).json()).toEqual({ applied: 0, skipped_stale: 3 });
      const deletes = JSON.stringify({ records: [deleteDevice('fm1', 'dv1', '2026-12-06T02:00:00Z'), user('fm1', '2026-12-06T00:30:00Z')] });
      expect(await (await send(deletes)).json()).toEqual({ applied: 1, skipped_stale: 1 });
      const after = Date.now() / 1000;

      const forged = JSON.stringify({ records: [user('fm3', '2026-12-06T01:00:00Z')] });
      expect((await send(forged, signFeedBody(forged, 'not-the-feed-secret-xx'))).status).toBe(401);
      expect((await send(forged, signFeedBody(forged, SECRET, Date.now() - 301_000))).status).toBe(401);
      expect((await send(forged, signFeedBody(forged, SECRET, Date.now() - 301_000))).status).toBe(401);
      expect((await send(JSON.stringify({ records: [{ ...user('fm4', 'yesterday') }] }))).status).toBe(400);
      expect((await send(JSON.stringify({ records: [], pad: 'x'.repeat(5 * 1024 * 1024) }))).status).toBe(413);

      const samples = await scrape();
      expect(seriesOf(samples, 'riskdesk_feed_requests_total')).toEqual({
        ...Object.fromEntries(FEED_OUTCOMES.map((outcome) => [`outcome="${outcome}"`, 0])),
        'outcome="accepted"': 3,
        'outcome="invalid_signature"': 1,
        'outcome="stale_timestamp"': 2,
        'outcome="invalid_payload"': 1,
        'outcome="payload_too_large"': 1,
      });
      expect(seriesOf(samples, 'riskdesk_feed_records_total')).toEqual({
        'entity="users",op="upsert",result="applied"': 2,
        'entity="users",op="upsert",result="skipped_stale"': 3,
        'entity="orders",op="upsert",result="applied"': 1,
        'entity="orders",op="upsert",result="skipped_stale"': 1,
        'entity="devices",op="delete",result="applied"': 1,
      });
      expect(sample(samples, 'riskdesk_feed_apply_duration_seconds_count', { outcome: 'applied' })).toBe(3);
      expect(sample(samples, 'riskdesk_feed_apply_duration_seconds_count', { outcome: 'failed' })).toBeUndefined();
      const last = sample(samples, 'riskdesk_feed_last_accepted_timestamp_seconds') ?? 0;
      expect(last).toBeGreaterThanOrEqual(Math.floor(before));
      expect(last).toBeLessThanOrEqual(after);
    });
  });
}

describe('feed metrics when the database fails', () => {
  let testDb: Awaited<ReturnType<typeof createTestDb>> | undefined;
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('counts database_unavailable and a failed transaction, not an accepted batch', async () => {
    const real = testDb?.db;
    if (!real) throw new Error('test database not open');
    const failing = { ...real, transaction: () => Promise.reject(new Error('connection terminated')) } as Db;
    const metrics = createMetrics({ defaultMetrics: false });
    const app = express();
    app.use(createMarketplaceEventsRouter({ db: failing, secrets: [SECRET], toleranceSeconds: 300, metrics }));
    const body = JSON.stringify({ records: [user('fm9', '2026-12-06T01:00:00Z')] });
    const res = await request(app).post(FEED_PATH).set('Content-Type', 'application/json').set('X-Riskdesk-Signature', signFeedBody(body, SECRET)).send(body);
    expect(res.status).toBe(503);
    expect((await request(app).get(FEED_PATH)).status).toBe(405);
    const samples = parseSamples(await metrics.registry.metrics());
    expect(sample(samples, 'riskdesk_feed_requests_total', { outcome: 'database_unavailable' })).toBe(1);
    expect(sample(samples, 'riskdesk_feed_requests_total', { outcome: 'method_not_allowed' })).toBe(1);
    expect(sample(samples, 'riskdesk_feed_requests_total', { outcome: 'accepted' })).toBe(0);
    expect(sample(samples, 'riskdesk_feed_apply_duration_seconds_count', { outcome: 'failed' })).toBe(1);
    expect(sample(samples, 'riskdesk_feed_apply_duration_seconds_count', { outcome: 'applied' })).toBeUndefined();
    expect(seriesOf(samples, 'riskdesk_feed_records_total')).toEqual({});
    expect(sample(samples, 'riskdesk_feed_last_accepted_timestamp_seconds')).toBe(0);
  });

  it('lists no feed metric in a process that does not mount the feed (no "last accepted: 0" to alert on)', async () => {
    const text = await createMetrics({ defaultMetrics: false }).registry.metrics();
    expect(text).not.toContain('riskdesk_feed_');
    expect(text).not.toContain('riskdesk_backfill_');
  });
});
