/**
 * npm run bench:incidents — what the incident step adds per ticket on PostgreSQL with 1M recorded
 * decisions and 100k entities (500k entity hits, 5,000 open incidents). Each ticket is timed for
 * the incident step (contact extraction, formation: lock, record hits, find / open / join an
 * incident, spike check) and, as the reference measured in the same run, for the audit-trail
 * insert every decided ticket already makes. Prints p50/p95/p99 of both and the p95 ratio.
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_TICKETS (default 2000).
 */
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { recordDecision } from '../src/audit/decision-store';
import { extractContacts } from '../src/incidents/contacts';
import { loadIncidentsConfig } from '../src/incidents/config';
import { placeInIncident } from '../src/incidents/form-incident';
import { detectSpikes } from '../src/incidents/spikes';
import type { TicketEntity } from '../src/incidents/types';
import { createRng } from '../src/seed/prng';
import { openDb } from '../src/store/open-db';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
const WARMUP = 200;
const ENTITIES = 100_000;
const DECISIONS = 1_000_000;
const HITS = 500_000;
const INCIDENTS = 5_000;
const config = loadIncidentsConfig('config/incidents.yaml');

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const ms = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const schema = `bench_incidents_${process.pid}`;
  process.stdout.write(`incident step bench: ${DECISIONS.toLocaleString('en-US')} decisions, ${ENTITIES.toLocaleString('en-US')} entities, ${TICKETS} tickets; load ${load()}\n`);
  const db = await openDb({ databaseUrl: DATABASE_URL, dataDir: '', schema });
  try {
    const seeding = process.hrtime.bigint();
    await db.query(
      `INSERT INTO decision_audit (source, ticket_id, outcome, intent, level, score, created_at)
       SELECT 'zendesk', 'a' || i, 'shadow', 'item_not_received', 'low', 10, now() - make_interval(secs => i) FROM generate_series(1, $1::int) AS i`,
      [DECISIONS],
    );
    await db.query(
      `INSERT INTO incident_hits (entity_key, entity_type, entity_id, label, source, ticket_id, requester_key, intent, seen_at)
       SELECT 'seller:E' || (i % $2::int), 'seller', 'E' || (i % $2::int), '@e', 'zendesk', 'h' || i, 'user:r' || i, 'item_not_received',
              now() - make_interval(hours => ((i::bigint * 7919) % 2000)::int) FROM generate_series(1, $1::int) AS i`,
      [HITS, ENTITIES],
    );
    await db.query(
      `INSERT INTO incidents (id, entity_type, entity_id, label, status, severity, ticket_count, requester_count, first_seen, last_seen)
       SELECT 'INC-B' || i, 'seller', 'E' || i, '@e', 'open', 'low', 3, 3, now() - interval '2 hours', now() - interval '1 hour' FROM generate_series(0, $1::int - 1) AS i`,
      [INCIDENTS],
    );
    await db.query(`INSERT INTO incident_entities (entity_key, incident_id) SELECT 'seller:E' || i, 'INC-B' || i FROM generate_series(0, $1::int - 1) AS i`, [INCIDENTS]);
    await db.query(
      `INSERT INTO incident_tickets (incident_id, source, ticket_id, requester_key, intent, seen_at)
       SELECT 'INC-B' || (i % $1::int), 'zendesk', 'm' || i, 'user:m' || i, 'item_not_received', now() - interval '1 hour' FROM generate_series(0, 3 * $1::int - 1) AS i`,
      [INCIDENTS],
    );
    await db.query('ANALYZE');
    process.stdout.write(`seeded in ${(ms(seeding) / 1000).toFixed(1)} s\n`);

    const rng = createRng(7);
    const step: number[] = [];
    const reference: number[] = [];
    const texts = ['My order never arrived, the seller wants me to pay on Venmo @fastcards99 instead', 'Item is fake. Seller said text him at +1 415 555 0134', 'Never shipped, tracking dead'];
    for (let i = 0; i < WARMUP + TICKETS; i += 1) {
      const entity = `E${rng.int(ENTITIES)}`;
      const entities: TicketEntity[] = [
        { type: 'seller', id: entity, label: '@e', group: `order:${i}` },
        { type: 'show', id: `S${rng.int(ENTITIES)}`, label: 'show', group: `order:${i}` },
      ];
      const text = texts[i % texts.length] ?? '';
      const at = new Date();
      let started = process.hrtime.bigint();
      for (const contact of extractContacts(text)) entities.push({ type: 'contact', id: contact.id, label: contact.label, group: `contact:${contact.id}` });
      const { counts } = await placeInIncident(db, { source: 'zendesk', ticketId: `b${i}`, requesterKey: `user:b${i}`, intent: 'item_not_received', entities, amountCents: 5000, currency: 'USD', riskScore: 20, at }, config);
      await detectSpikes(db, entities, at, config, counts);
      const stepMs = ms(started);
      started = process.hrtime.bigint();
      await recordDecision(db, { source: 'zendesk', ticketId: `b${i}`, eventIds: [], jobId: `bench-${i}`, attempt: 1, decision: null, inputsHash: null, fingerprint: null, noteRef: null, outcome: 'shadow', outcomeDetail: null, failure: null, timings: {} });
      const refMs = ms(started);
      if (i >= WARMUP) {
        step.push(stepMs);
        reference.push(refMs);
      }
    }
    step.sort((a, b) => a - b);
    reference.sort((a, b) => a - b);
    const line = (name: string, v: number[]): string => `${name.padEnd(28)} p50 ${quantile(v, 0.5).toFixed(2)} ms  p95 ${quantile(v, 0.95).toFixed(2)} ms  p99 ${quantile(v, 0.99).toFixed(2)} ms\n`;
    process.stdout.write(line('incident step', step));
    process.stdout.write(line('reference: audit insert', reference));
    const ratio = quantile(step, 0.95) / Math.max(quantile(reference, 0.95), 1e-6);
    const p95 = quantile(step, 0.95);
    process.stdout.write(`p95 ratio incident step / audit insert: ${ratio.toFixed(2)}\n`);
    process.stdout.write(`target p95 ≤ 5 ms: ${p95 <= 5 ? 'met' : 'NOT met'} (${p95.toFixed(2)} ms); load ${load()}\n`);
  } finally {
    await db.close();
    await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:incidents failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
