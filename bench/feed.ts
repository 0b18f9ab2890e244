/**
 * npm run bench:feed — marketplace feed throughput into PostgreSQL.
 * Sends BENCH_BATCHES signed batches of 1,000 records (users, orders, payments, account events)
 * to POST /api/marketplace/events over HTTP, BENCH_CONCURRENCY at a time, and prints records/s.
 * Reference, measured in the same run on the same rows: plain multi-row INSERTs (one statement
 * per entity per batch, no signature, no validation, no versions) at the same concurrency.
 * Also prints the rate of a replay (every record stale). Runs in a throwaway schema.
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import express from 'express';
import { Client } from 'pg';
import { signFeedBody } from '../src/feed/signature';
import { createMarketplaceEventsRouter, FEED_PATH } from '../src/server/routes/marketplace-events';
import type { Db } from '../src/store/db';
import { openDb } from '../src/store/open-db';
import { TABLES, type EntityName } from '../src/store/tables';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BATCHES = Number(process.env.BENCH_BATCHES ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BATCH_SIZE = 1000;
const SECRET = 'bench-feed-secret-0001';

type FeedRecord = { entity: EntityName; op: 'upsert'; data: Record<string, unknown> };

function batch(b: number): FeedRecord[] {
  const records: FeedRecord[] = [];
  const at = new Date(Date.UTC(2026, 11, 1) + b * 1000).toISOString();
  for (let i = 0; records.length < BATCH_SIZE; i += 1) {
    const n = b * BATCH_SIZE + i;
    const user = `BU${n}`;
    records.push({ entity: 'users', op: 'upsert', data: { id: user, email: `${user}@example.com`, username: `bench_${n}`, created_at: at, country: 'US', email_verified: true, status: 'active', updated_at: at } });
    records.push({ entity: 'orders', op: 'upsert', data: { id: `WN-B${n}`, buyer_id: user, seller_id: `BU${n + 1}`, title: 'PSA 10 card', category: 'trading_cards', amount_cents: 4900, currency: 'USD', status: 'paid', created_at: at, updated_at: at } });
    records.push({ entity: 'payments', op: 'upsert', data: { id: `BP${n}`, order_id: `WN-B${n}`, user_id: user, method_fingerprint: `card_${n % 5000}`, amount_cents: 4900, status: 'succeeded', created_at: at, updated_at: at } });
    records.push({ entity: 'account_events', op: 'upsert', data: { id: `BE${n}`, user_id: user, type: 'login', device_fingerprint: `dev_${n}`, ip: '203.0.113.7', country: 'US', created_at: at, updated_at: at } });
  }
  return records.slice(0, BATCH_SIZE);
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await work(item);
      }
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The reference: a plain multi-row INSERT … VALUES per entity per batch. */
async function plainInsert(db: Db, records: readonly FeedRecord[]): Promise<void> {
  const byEntity = new Map<EntityName, Array<Record<string, unknown>>>();
  for (const r of records) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r.data]);
  await db.transaction(async (tx) => {
    for (const [entity, rows] of byEntity) {
      const spec = TABLES[entity];
      const params: unknown[] = [];
      const tuples = rows.map((row) => `(${spec.columns.map((c) => `$${params.push(row[c.name] ?? (c.type === 'boolean' ? false : null))}::${c.type}`).join(', ')})`);
      await tx.query(`INSERT INTO ${spec.table} (${spec.columns.map((c) => c.name).join(', ')}) VALUES ${tuples.join(', ')}`, params);
    }
  });
}

async function truncate(db: Db): Promise<void> {
  await db.query('TRUNCATE users, orders, payments, account_events, record_versions');
}

async function main(): Promise<void> {
  const schema = `bench_feed_${process.pid}`;
  const db = await openDb({ databaseUrl: DATABASE_URL, dataDir: '', schema });
  const app = express();
  app.use(createMarketplaceEventsRouter({ db, secrets: [SECRET], toleranceSeconds: 300 }));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${FEED_PATH}`;
  const batches = Array.from({ length: BATCHES }, (_, b) => batch(b));
  const bodies = batches.map((records) => JSON.stringify({ records }));
  const total = BATCHES * BATCH_SIZE;
  const send = async (body: string): Promise<void> => {
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Riskdesk-Signature': signFeedBody(body, SECRET) }, body });
    if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
  };
  try {
    await pool(bodies.slice(0, 3), 1, send); // warm-up: plans, JIT
    await plainInsert(db, batch(BATCHES + 1));
    await truncate(db);
    const referenceSeconds = await pool(batches, CONCURRENCY, (records) => plainInsert(db, records));
    await truncate(db);
    const feedSeconds = await pool(bodies, CONCURRENCY, send);
    const replaySeconds = await pool(bodies, CONCURRENCY, send);
    const rate = (seconds: number): string => `${Math.round(total / seconds).toLocaleString('en-US')} records/s`;
    process.stdout.write(
      [
        `marketplace feed → PostgreSQL: ${BATCHES} batches × ${BATCH_SIZE} records, concurrency ${CONCURRENCY}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
        `  reference (plain multi-row INSERT): ${rate(referenceSeconds)} (${referenceSeconds.toFixed(2)} s)`,
        `  feed (HTTP, signed, validated, versioned): ${rate(feedSeconds)} (${feedSeconds.toFixed(2)} s)  ratio ${(referenceSeconds / feedSeconds).toFixed(2)}× the reference`,
        `  replay (every record stale): ${rate(replaySeconds)} (${replaySeconds.toFixed(2)} s)`,
        `  target ≥ 5,000 records/s: ${total / feedSeconds >= 5000 ? 'met' : 'NOT met'}`,
      ].join('\n') + '\n',
    );
  } finally {
    server.close();
    await db.close();
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
