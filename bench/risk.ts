/**
 * npm run bench:risk — risk context latency at 100k and 1M orders on PostgreSQL.
 * Seeds each size into its own schema, builds contexts for random tickets, prints p50/p95 per
 * context, the 1M/100k ratio, seed times and the machine's load average.
 * By default every size is seeded fresh and its schema dropped after. For fast iteration:
 *   --keep    keep the schemas (bench_risk_<orders>) after the run
 *   --reuse   measure an existing, completely seeded schema instead of seeding (implies --keep)
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_TICKETS, BENCH_SIZES.
 */
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { buildRiskContext } from '../src/risk/build-context';
import { loadRiskConfig } from '../src/risk/config';
import { createRng } from '../src/seed/prng';
import { seedDemoWorld } from '../src/seed/seed-world';
import type { Db } from '../src/store/db';
import { openDb } from '../src/store/open-db';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TICKETS = Number(process.env.BENCH_TICKETS ?? 3000);
const WARMUP = 300;
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const REUSE = process.argv.includes('--reuse');
const KEEP = REUSE || process.argv.includes('--keep');
const config = loadRiskConfig();

interface SizeResult {
  orders: number;
  users: number;
  seedSeconds: number;
  reused: boolean;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function ticketText(rng: ReturnType<typeof createRng>, orders: number, handle: string | null): string {
  const order = 48_000_000 + 1 + rng.int(orders);
  const forms = [`Where is my order #WN-${order}?`, `order ${order} never arrived`, `Problem with WN-${order}, item damaged`, 'I cannot log in to my account'];
  return `${rng.pick(forms)}${handle ? ` The seller @${handle} is not answering.` : ''}`;
}

async function measure(db: Db, orders: number, users: number, now: Date): Promise<number[]> {
  const rng = createRng(1234);
  const sellers = Math.round(users / 10);
  const handles = (await db.query<{ username: string }>('SELECT username FROM users WHERE is_seller ORDER BY id LIMIT 500')).rows.map((r) => r.username);
  const timings: number[] = [];
  for (let i = 0; i < WARMUP + TICKETS; i += 1) {
    const user = `U${String(sellers + 1 + rng.int(users - sellers - 100)).padStart(7, '0')}`;
    const handle = rng.int(4) === 0 ? rng.pick(handles) : null;
    const requester = rng.int(3) === 0 ? { email: `nobody${i}@example.org` } : { externalId: user };
    const started = process.hrtime.bigint();
    await buildRiskContext(db, { requester, text: ticketText(rng, orders, handle) }, { config, now });
    if (i >= WARMUP) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return timings.sort((a, b) => a - b);
}

/** Admin statements outside any bench schema (no migrations run on the default schema). */
async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A schema a previous --keep run seeded completely (bench_meta is written last). */
function previousSeed(schema: string): Promise<{ seededAt: Date; seedSeconds: number } | null> {
  return admin(async (client) => {
    const { rows } = await client.query<{ meta: string | null }>('SELECT to_regclass($1) AS meta', [`"${schema}".bench_meta`]);
    if (!rows[0]?.meta) return null;
    const meta = await client.query<{ seeded_at: Date; seed_seconds: number }>(`SELECT seeded_at, seed_seconds FROM "${schema}".bench_meta LIMIT 1`);
    const row = meta.rows[0];
    return row ? { seededAt: new Date(row.seeded_at), seedSeconds: Number(row.seed_seconds) } : null;
  });
}

const dropSchema = (schema: string): Promise<void> => admin(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)));

async function seed(db: Db, schema: string, orders: number, users: number, now: Date): Promise<number> {
  const started = Date.now();
  await seedDemoWorld(db, { users, orders, seed: 42, now, onProgress: (done, total) => process.stderr.write(`\r  seeding ${orders}: ${done}/${total}`) });
  const seedSeconds = (Date.now() - started) / 1000;
  await db.query(`CREATE TABLE "${schema}".bench_meta AS SELECT $1::timestamptz AS seeded_at, $2::float8 AS seed_seconds`, [now, seedSeconds]);
  process.stderr.write(`\n  seeded ${orders} orders / ${users} users in ${seedSeconds.toFixed(1)} s (load ${load()})\n`);
  return seedSeconds;
}

async function runSize(orders: number): Promise<SizeResult> {
  const users = Math.round(orders / 10);
  const schema = KEEP ? `bench_risk_${orders}` : `bench_risk_${orders}_${process.pid}`;
  const previous = REUSE ? await previousSeed(schema) : null;
  if (!previous) await dropSchema(schema); // a half-seeded or stale schema is never measured
  const db = await openDb({ databaseUrl: DATABASE_URL, dataDir: '', schema });
  try {
    // A reused world is measured as of its seeding time, so its planted patterns look the same.
    const now = previous?.seededAt ?? new Date();
    const seedSeconds = previous ? previous.seedSeconds : await seed(db, schema, orders, users, now);
    if (previous) process.stderr.write(`  reusing ${schema} (seeded ${now.toISOString()} in ${seedSeconds.toFixed(1)} s)\n`);
    process.stderr.write(`  measuring ${TICKETS} contexts at ${orders} orders (load ${load()})\n`);
    const t = await measure(db, orders, users, now);
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    return { orders, users, seedSeconds, reused: previous !== null, p50: quantile(t, 0.5), p95: quantile(t, 0.95), p99: quantile(t, 0.99), mean };
  } finally {
    await db.close();
    if (!KEEP) await dropSchema(schema).catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  const loadBefore = load();
  for (const size of SIZES) results.push(await runSize(size));
  const fmt = (n: number): string => n.toFixed(2);
  console.log('\nrisk context latency (PostgreSQL, one context at a time)');
  console.log(`load average (1/5/15 min): before ${loadBefore}, after ${load()}`);
  console.log('orders     users    seed s   p50 ms  p95 ms  p99 ms  mean ms');
  for (const r of results) {
    const seedCol = `${r.seedSeconds.toFixed(1)}${r.reused ? '*' : ''}`;
    console.log(`${String(r.orders).padEnd(10)} ${String(r.users).padEnd(8)} ${seedCol.padEnd(8)} ${fmt(r.p50).padEnd(7)} ${fmt(r.p95).padEnd(7)} ${fmt(r.p99).padEnd(7)} ${fmt(r.mean)}`);
  }
  if (results.some((r) => r.reused)) console.log('* reused schema: seed time of the run that seeded it');
  const [small, large] = results;
  if (small && large) {
    console.log(`ratio 1M/100k: p50 ${fmt(large.p50 / small.p50)}, p95 ${fmt(large.p95 / small.p95)} (target ≤ 1.5)`);
    console.log(`targets: p95 at 1M ${fmt(large.p95)} ms (≤ 10), 1M seed ${large.seedSeconds.toFixed(1)} s (≤ 120)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
