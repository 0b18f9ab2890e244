/**
 * `npm run bench:dashboard`: every dashboard API over HTTP with 1M decisions in PostgreSQL
 * (BENCH_DATABASE_URL, else DATABASE_URL, else the local test database), in a schema of its own
 * dropped afterwards. Reference, measured in the same run through the same app and connection
 * pool: a plain indexed COUNT (decisions of the last hour, an index-only scan). Tickets opened
 * before the last day have their first reply; the last day's wait. Prints p50/p95
 * per endpoint and its p95 as a ratio of the reference's; the target is p95 ≤ 300 ms.
 *   BENCH_DECISIONS (default 1000000), BENCH_REQUESTS per endpoint (default 60).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Client } from 'pg';
import { createMetrics } from '../src/metrics/metrics';
import { composeApp } from '../src/runtime/compose-app';
import { openDb } from '../src/store/open-db';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const TOKEN = 'bench-dashboard-token-0123456789';
const SCHEMA = `bench_dashboard_${process.pid}`;
const TARGET_MS = 300;

const INTENTS = ['item_not_received', 'item_not_as_described', 'counterfeit', 'unauthorized_transaction', 'account_takeover', 'chargeback_dispute', 'scam_off_platform', 'harassment', 'seller_payout', 'refund_request', 'account_access', 'other'];

/** 1M decisions in one statement (the rollup trigger runs once, over the whole batch), spread over 14 days. */
const LOAD_SQL = `
INSERT INTO decision_audit (source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, intent, intents, crisis, score, level, reason_codes,
  actions, outcome, timings, write_plan, parties, created_at)
SELECT CASE WHEN g % 3 = 0 THEN 'intercom' ELSE 'zendesk' END,
  (g / 3)::text, '[]'::jsonb, 'bench-' || g, 1, 'rules-v' || (g % 5),
  jsonb_build_array('rule-' || (g % 40), 'rule-' || (g % 7 + 40)),
  (ARRAY[${INTENTS.map((i) => `'${i}'`).join(',')}])[g % 12 + 1], '[]'::jsonb, g % 997 = 0,
  (g % 100)::float8, (ARRAY['low','medium','high','critical'])[g % 4 + 1],
  jsonb_build_array('prior_chargebacks', (ARRAY['new_account','velocity_spike','high_value_order'])[g % 3 + 1]),
  jsonb_build_object('priority', (ARRAY['low','normal','high','urgent'])[g % 4 + 1], 'slaMinutes', 30 + (g % 8) * 30),
  (ARRAY['written','shadow','unchanged','failed'])[g % 4 + 1], '{}'::jsonb,
  jsonb_build_object('note', jsonb_build_object('html', '<p>Risk: bench</p>'), 'tags', '[]'::jsonb, 'priority', 'normal', 'route', jsonb_build_object('name', null, 'id', null), 'macros', '[]'::jsonb, 'fields', '{}'::jsonb),
  jsonb_build_object('requesterId', 'u_' || (g % 50000), 'requesterNote', null, 'parties', '[]'::jsonb, 'linkedAccounts', '[]'::jsonb),
  now() - make_interval(secs => (g::float8 / $1) * 14 * 86400)
FROM generate_series(1, $1) AS g`;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

async function measure(base: string, paths: string[]): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS + 5; i += 1) {
    const path = paths[i % paths.length] ?? '/';
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    if (i >= 5) times.push(performance.now() - started); // the first five warm the caches
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

async function main(): Promise<void> {
  const db = await openDb({ databaseUrl: DATABASE_URL, dataDir: '', schema: SCHEMA });
  try {
    const loadStarted = performance.now();
    await db.query(LOAD_SQL, [DECISIONS]);
    // As in a working helpdesk, agents answered the tickets opened before the last day (within
    // 0–4 h); the last day's tickets still wait for their first reply.
    await db.query(`UPDATE ticket_sla SET first_reply_at = opened_at + make_interval(mins => (hashtext(ticket_id) & 255)) WHERE opened_at < now() - interval '1 day'`);
    await db.query('VACUUM ANALYZE');
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const ids = await db.query<{ id: string }>('SELECT id::text AS id FROM decision_audit ORDER BY random() LIMIT 20');
    const app = express();
    composeApp({ db, metrics: createMetrics({ defaultMetrics: false }), adminToken: TOKEN })(app);
    app.get('/bench/reference', async (_req, res) => {
      const r = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM decision_audit WHERE created_at >= now() - interval '1 hour'");
      res.json({ n: r.rows[0]?.n });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const cases: Array<[string, string[]]> = [
      ['reference: indexed COUNT (last hour)', ['/bench/reference']],
      ['GET /api/dashboard/overview (24 h)', ['/api/dashboard/overview?hours=24']],
      ['GET /api/dashboard/overview (7 days)', ['/api/dashboard/overview?hours=168']],
      ['GET /api/dashboard/sla (first replies: 24 h)', ['/api/dashboard/sla']],
      ['GET /api/dashboard/sla?days=7', ['/api/dashboard/sla?days=7']],
      ['GET /api/dashboard/decisions (search)', ['/api/dashboard/decisions', '/api/dashboard/decisions?ticket=4711', '/api/dashboard/decisions?requester=u_123', '/api/dashboard/decisions?intent=counterfeit&level=high', '/api/dashboard/decisions?rule=rule-17']],
      ['GET /api/dashboard/decisions/{id}', ids.rows.map((r) => `/api/dashboard/decisions/${r.id}`)],
      ['GET /api/dashboard/rules', ['/api/dashboard/rules']],
      ['GET /api/dashboard/incidents', ['/api/dashboard/incidents']],
    ];
    const results: Array<[string, { p50: number; p95: number }]> = [];
    for (const [name, paths] of cases) results.push([name, await measure(base, paths)]);
    server.close();
    const reference = results[0]?.[1].p95 ?? NaN;
    console.log(`dashboard bench: ${DECISIONS.toLocaleString('en')} decisions in PostgreSQL (loaded and rolled up in ${loadSeconds.toFixed(1)} s), ${REQUESTS} requests per endpoint`);
    console.log('endpoint'.padEnd(42), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p95/ref'.padStart(8), `  ≤ ${TARGET_MS} ms`);
    for (const [name, r] of results) {
      console.log(name.padEnd(42), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), (r.p95 / reference).toFixed(2).padStart(8), r.p95 <= TARGET_MS ? '  yes' : '  NO');
    }
  } finally {
    await db.close();
    await admin(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
