import pino from 'pino';
import express from 'express';
import request from 'supertest';
import { signFeedBody } from '../../src/feed/signature';
import { createMarketplaceEventsRouter, FEED_PATH } from '../../src/server/routes/marketplace-events';
import { applyFeedBatch } from '../../src/feed/apply-batch';
import { FEED_ENTITIES, parseFeedBatch } from '../../src/feed/feed-records';
import { createMetrics } from '../../src/metrics/metrics';
import { composeApp } from '../../src/runtime/compose-app';
import type { Db } from '../../src/store/db';
import { ENTITY_SCHEMAS } from '../../src/store/import/schemas';
import { describeEachDb } from '../helpers/test-db';

const SECRET = 'feed-secret-current-0001';
const NEXT_SECRET = 'feed-secret-next-0002';
const NOW = Date.parse('2026-12-06T03:00:00Z');

const user = (id: string, updatedAt: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  entity: 'users',
  op: 'upsert',
  data: { id, email: `${id}@example.com`, username: `h_${id}`, created_at: '2026-01-01T00:00:00Z', status: 'active', updated_at: updatedAt, ...extra },
});
const order = (id: string, buyer: string, updatedAt: string): Record<string, unknown> => ({
  entity: 'orders',
  op: 'upsert',
  data: { id, buyer_id: buyer, seller_id: 'fs_seller', title: 'Card', category: 'cards', amount_cents: 1000, currency: 'USD', status: 'paid', created_at: '2026-01-01T00:00:00Z', updated_at: updatedAt },
});
const del = (entity: string, key: Record<string, unknown>, updatedAt: string): Record<string, unknown> => ({ entity, op: 'delete', data: { ...key, updated_at: updatedAt } });

describeEachDb('marketplace feed', ({ db }) => {
  const touched: string[][] = [];
  const app = (secrets: string[] | undefined = [SECRET, NEXT_SECRET]): express.Express => {
    const a = express();
    a.use(createMarketplaceEventsRouter({ db: db(), secrets, logger: pino({ level: 'error' }, process.stderr), toleranceSeconds: 300, now: () => NOW, onAccountsTouched: (ids) => touched.push([...ids]) }));
    return a;
  };
  const post = (records: unknown[], options: { secret?: string; at?: number; raw?: string; type?: string } = {}) => {
    const body = options.raw ?? JSON.stringify({ records });
    return request(app())
      .post(FEED_PATH)
      .set('Content-Type', options.type ?? 'application/json')
      .set('X-Riskdesk-Signature', signFeedBody(body, options.secret ?? SECRET, options.at ?? NOW))
      .send(body);
  };
  const status = async (id: string): Promise<string | undefined> =>
    (await db().query<{ status: string }>('SELECT status FROM users WHERE id = $1', [id])).rows[0]?.status;

  it('applies a signed batch and answers counts', async () => {
    const res = await post([user('f1', '2026-12-06T01:00:00Z'), order('WN-F1', 'f1', '2026-12-06T01:00:00Z')]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ applied: 2, skipped_stale: 0 });
    expect(await status('f1')).toBe('active');
    expect(touched.at(-1)?.sort()).toEqual(['f1', 'fs_seller']);
  });

  it('accepts the next secret during a rotation and refuses an unknown one', async () => {
    expect((await post([user('f2', '2026-12-06T01:00:00Z')], { secret: NEXT_SECRET })).status).toBe(200);
    const bad = await post([user('f3', '2026-12-06T01:00:00Z')], { secret: 'some-other-secret-xx' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('invalid_signature');
    expect(await status('f3')).toBeUndefined();
  });

  it('refuses a signature outside the replay window, a missing or malformed one', async () => {
    const stale = await post([user('f4', '2026-12-06T01:00:00Z')], { at: NOW - 301_000 });
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('stale_timestamp');
    expect((await post([user('f4', '2026-12-06T01:00:00Z')], { at: NOW + 299_000 })).status).toBe(200);
    const missing = await request(app()).post(FEED_PATH).set('Content-Type', 'application/json').send('{"records":[]}');
    expect(missing.body.error.code).toBe('missing_signature');
    const malformed = await request(app()).post(FEED_PATH).set('Content-Type', 'application/json').set('X-Riskdesk-Signature', 'v1=abc').send('{"records":[]}');
    expect(malformed.status).toBe(401);
  });

  it('verifies the exact raw bytes: a body changed after signing is refused', async () => {
    const body = JSON.stringify({ records: [user('f5', '2026-12-06T01:00:00Z')] });
    const res = await request(app())
      .post(FEED_PATH)
      .set('Content-Type', 'application/json')
      .set('X-Riskdesk-Signature', signFeedBody(body, SECRET, NOW))
      .send(body.replace('f5', 'f6'));
    expect(res.status).toBe(401);
  });

  it('never lets an older update overwrite a newer one; a replayed batch changes nothing', async () => {
    await post([user('f7', '2026-12-06T02:00:00Z', { status: 'banned' })]);
    const older = await post([user('f7', '2026-12-06T01:00:00Z', { status: 'active' })]);
    expect(older.body).toEqual({ applied: 0, skipped_stale: 1 });
    expect(await status('f7')).toBe('banned');
    const replay = await post([user('f7', '2026-12-06T02:00:00Z', { status: 'suspended' })]);
    expect(replay.body).toEqual({ applied: 0, skipped_stale: 1 });
    expect(await status('f7')).toBe('banned');
    const newer = await post([user('f7', '2026-12-06T04:00:00+01:00', { status: 'suspended' })]);
    expect(newer.body).toEqual({ applied: 1, skipped_stale: 0 });
    expect(await status('f7')).toBe('suspended');
  });

  it('keeps the newest copy of a record within one batch', async () => {
    const res = await post([user('f8', '2026-12-06T02:00:00Z', { status: 'banned' }), user('f8', '2026-12-06T01:00:00Z')]);
    expect(res.body).toEqual({ applied: 1, skipped_stale: 1 });
    expect(await status('f8')).toBe('banned');
  });

  it('deletes with a tombstone: a late older upsert does not resurrect the record', async () => {
    await post([user('f9', '2026-12-06T01:00:00Z'), { entity: 'devices', op: 'upsert', data: { user_id: 'f9', fingerprint: 'dv9', first_seen_at: '2026-12-01T00:00:00Z', last_seen_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-06T01:00:00Z' } }]);
    const res = await post([del('users', { id: 'f9' }, '2026-12-06T02:00:00Z'), del('devices', { user_id: 'f9', fingerprint: 'dv9' }, '2026-12-06T02:00:00Z')]);
    expect(res.body).toEqual({ applied: 2, skipped_stale: 0 });
    expect(await status('f9')).toBeUndefined();
    expect((await db().query('SELECT 1 FROM devices WHERE user_id = $1', ['f9'])).rowCount).toBe(0);
    const late = await post([user('f9', '2026-12-06T01:30:00Z')]);
    expect(late.body).toEqual({ applied: 0, skipped_stale: 1 });
    expect(await status('f9')).toBeUndefined();
    const recreated = await post([user('f9', '2026-12-06T03:00:00Z')]);
    expect(recreated.body.applied).toBe(1);
    expect(await status('f9')).toBe('active');
  });

  it('refuses a batch with one bad record, naming index and field, and applies nothing of it', async () => {
    const res = await post([user('f10', '2026-12-06T01:00:00Z'), user('f11', '2026-12-06T01:00:00Z', { email: 'not-an-email' }), user('f12', 'yesterday')]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_payload');
    expect(res.body.error.message).toMatch(/^record 1: records\[1\]\.data\.email/);
    expect(res.body.error.fields).toEqual(['records[1].data.email', 'records[2].data.updated_at']);
    expect(await status('f10')).toBeUndefined();
    const unknownField = await post([{ ...user('f13', '2026-12-06T01:00:00Z'), data: { ...(user('f13', '2026-12-06T01:00:00Z').data as object), nickname: 'x' } }]);
    expect(unknownField.body.error.fields).toEqual(['records[0].data.nickname']);
    const noUpdatedAt = await post([del('users', { id: 'f10' }, '2026-12-06T01:00:00Z'), { entity: 'users', op: 'delete', data: { id: 'f10' } }]);
    expect(noUpdatedAt.body.error.fields).toEqual(['records[1].data.updated_at']);
    const badEntity = await post([{ entity: 'widgets', op: 'upsert', data: {} }]);
    expect(badEntity.body.error.fields).toEqual(['records[0].entity']);
  });

  it('refuses NUL characters with the record index', async () => {
    const res = await post([user('f14', '2026-12-06T01:00:00Z'), user('f15', '2026-12-06T01:00:00Z', { username: 'bad\u0000name' })]);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual(['records[1].data']);
    expect(await status('f14')).toBeUndefined();
  });

  it('rolls the whole batch back when the database fails part-way (versions included)', async () => {
    const real = db();
    const failing: Db = {
      ...real,
      driver: real.driver,
      query: (sql, params) => real.query(sql, params),
      ping: () => real.ping(),
      close: () => real.close(),
      transaction: (work) =>
        real.transaction((tx) =>
          work({
            query: (sql, params) => (sql.startsWith('INSERT INTO orders') ? Promise.reject(new Error('disk full')) : tx.query(sql, params)),
          }),
        ),
    } as Db;
    const a = express();
    a.use(createMarketplaceEventsRouter({ db: failing, secrets: [SECRET], toleranceSeconds: 300, now: () => NOW }));
    const body = JSON.stringify({ records: [user('f16', '2026-12-06T01:00:00Z'), order('WN-F16', 'f16', '2026-12-06T01:00:00Z')] });
    const res = await request(a).post(FEED_PATH).set('Content-Type', 'application/json').set('X-Riskdesk-Signature', signFeedBody(body, SECRET, NOW)).send(body);
    expect(res.status).toBe(503);
    expect(await status('f16')).toBeUndefined();
    expect((await real.query(`SELECT 1 FROM record_versions WHERE record_key = 'f16'`)).rowCount).toBe(0);
    expect((await post([user('f16', '2026-12-06T01:00:00Z')])).body).toEqual({ applied: 1, skipped_stale: 0 });
  });

  it('answers 415, 413, 400 (JSON), 404 (no secret) and 405', async () => {
    expect((await post([], { type: 'text/plain' })).status).toBe(415);
    const big = JSON.stringify({ records: [], pad: 'x'.repeat(5 * 1024 * 1024) });
    const tooLarge = await post([], { raw: big });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('payload_too_large');
    expect((await post([], { raw: '{"records": [' })).body.error.code).toBe('invalid_json');
    const tooMany = await post(Array.from({ length: 1001 }, (_, i) => user(`m${i}`, '2026-12-06T01:00:00Z')));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields).toEqual(['records']);
    expect((await request(app([])).post(FEED_PATH).set('Content-Type', 'application/json').send('{}')).status).toBe(404);
    expect((await request(app()).get(FEED_PATH)).status).toBe(405);
  });

  it('keeps the newest version when an older and a newer batch race (row locks on the versions)', async () => {
    const versions = ['2026-12-06T01:00:00Z', '2026-12-06T05:00:00Z', '2026-12-06T03:00:00Z', '2026-12-06T02:00:00Z', '2026-12-06T04:00:00Z'];
    const statuses = ['active', 'banned', 'suspended', 'active', 'suspended'];
    const answers = await Promise.all(versions.map((v, i) => post([user('f20', v, { status: statuses[i] }), user(`f2${i + 1}`, v)])));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await status('f20')).toBe('banned');
    const row = await db().query<{ t: string }>(`SELECT to_char(updated_at AT TIME ZONE 'UTC', 'HH24:MI') AS t FROM record_versions WHERE entity = 'users' AND record_key = 'f20'`);
    expect(row.rows[0]?.t).toBe('05:00');
  });

  it('does not deadlock when concurrent batches name the same records in opposite orders', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `dl${i}`);
    const batch = (order: string[], at: string) => {
      const parsed = parseFeedBatch({ records: order.map((id) => user(id, at)) });
      if (!parsed.ok) throw new Error('batch should parse');
      return parsed.changes;
    };
    const forward = ids;
    const backward = [...ids].reverse();
    const runs = Array.from({ length: 8 }, (_, i) => applyFeedBatch(db(), batch(i % 2 === 0 ? forward : backward, `2026-12-06T0${i + 1}:00:00Z`)));
    const results = await Promise.allSettled(runs);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('fulfilled'));
  });

  it('is mounted by the service composition when configured', async () => {
    const a = express();
    composeApp({ db: db(), metrics: createMetrics({ defaultMetrics: false }), adminToken: undefined, feed: { secrets: [SECRET], toleranceSeconds: 300 } })(a);
    const body = JSON.stringify({ records: [user('f30', '2026-12-06T01:00:00Z')] });
    const res = await request(a).post(FEED_PATH).set('Content-Type', 'application/json').set('X-Riskdesk-Signature', signFeedBody(body, SECRET)).send(body);
    expect(res.body).toEqual({ applied: 1, skipped_stale: 0 });
  });
});

it('takes its entities from the import contract', () => {
  expect(FEED_ENTITIES).toEqual(Object.keys(ENTITY_SCHEMAS));
});
