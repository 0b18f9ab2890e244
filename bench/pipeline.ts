/**
 * `npm run bench:pipeline`: the whole pipeline on loopback — a fake Zendesk (bench/fake-helpdesk.ts,
 * its own process) with configurable latency and its own budget enforcement, riskdesk's intake
 * server and worker (one process; embedded database, or PostgreSQL with BENCH_DATABASE_URL), and a
 * load of signed webhooks.
 *
 * Scenario "latency": after BENCH_WARMUP unmeasured tickets (default 20), a steady BENCH_RATE
 *   tickets/s (default 50) for BENCH_SECONDS (default 20)
 *   against a helpdesk answering in BENCH_LATENCY_MS (default 20 ms); COALESCE_MS=0 (coalescing
 *   would add its window to every ticket). Prints tickets/s, webhook-to-note p50/p95, the ratio of
 *   p95 to the 250 ms target, and a reference measured in the same run (the bare helpdesk calls).
 * Scenario "burst": BENCH_BURST tickets (default 2000) at once under ZENDESK_MAX_RPM=BENCH_BURST_RPM
 *   (default 6000), the fake enforcing the same budget (429 when exceeded). Prints the drain time
 *   against the budget's minimum time (requests ÷ budget) and the 429 count.
 */
import { performance } from 'node:perf_hooks';
import { countDecisions } from '../src/audit/decision-store';
import type { Db } from '../src/store/db';
import { printSqlStats } from './sql-stats';
import { startWindowProfile } from './window-profile';
import { DEMO_WORLD, num, openBenchDb, percentile, post, sleep, startService, waitForNotes, webhookRetries } from './pipeline-support';

async function latencyScenario(db: Db, firstTicket: number): Promise<void> {
  const latency = num('BENCH_LATENCY_MS', 20);
  const rate = num('BENCH_RATE', 50);
  const seconds = num('BENCH_SECONDS', 20);
  const service = await startService(db, latency, num('BENCH_LATENCY_RPM', 600_000), 0);
  const total = Math.round(rate * seconds);
  // Warm-up, not measured: the first tickets pay one-time costs (JIT, the intent model trained on
  // first use, connection pools filling) that a long-running service has paid long before.
  const warm = num('BENCH_WARMUP', 20);
  await Promise.all(Array.from({ length: warm }, (_, k) => sleep(k * 100).then(() => post(service.url, firstTicket + 100_000 + k))));
  await waitForNotes(service.fake, warm, 60_000);
  const sentAt = new Map<number, number>();
  const started = Date.now();
  const stopProfile = await startWindowProfile();
  const eluBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    const id = firstTicket + i;
    sentAt.set(id, Date.now());
    posts.push(post(service.url, id));
  }
  await Promise.all(posts);
  const stats = await waitForNotes(service.fake, warm + total, 120_000);
  const elu = performance.eventLoopUtilization(eluBefore);
  const cpu = process.cpuUsage(cpuBefore);
  await stopProfile();
  const done = Object.keys(stats.notesPerTicket).length >= warm + total;
  const noteTimes = Object.entries(stats.firstNoteAt)
    .map(([id, at]) => [Number(id), at] as const)
    .filter(([id]) => sentAt.has(id));
  const elapsed = (Math.max(...noteTimes.map(([, at]) => at)) - started) / 1000;
  const latencies = noteTimes.map(([id, at]) => at - (sentAt.get(id) ?? at)).sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  console.log(`\n[latency] ${total} tickets at ${rate}/s, helpdesk latency ${latency} ms, COALESCE_MS=0${done ? '' : ' (NOT all written in time!)'}`);
  console.log(`  throughput        ${(latencies.length / elapsed).toFixed(1)} tickets/s (offered ${rate}/s)`);
  console.log(`  webhook→note p50  ${percentile(latencies, 50)} ms`);
  console.log(`  webhook→note p95  ${p95} ms   (target 250 ms: ratio p95/target = ${(p95 / 250).toFixed(2)})`);
  console.log(`  webhook→note max  ${latencies[latencies.length - 1]} ms; helpdesk requests ${stats.requests} (with ${warm} warm-up tickets, not measured), 429s ${stats.rateLimited}`);
  // Where the CPU went while the window ran: the service's event loop (webhooks, worker, helpdesk
  // calls, load generator) and the whole process (plus the embedded database's thread).
  console.log(`  service CPU       event loop busy ${(elu.utilization * 100).toFixed(0)}%; process CPU ${((cpu.user + cpu.system) / 1000 / total).toFixed(1)} ms per ticket (all threads)`);
  const reference = await referenceChain(service.fake.url, rate, total, firstTicket + 200_000);
  const refP95 = percentile(reference, 95);
  console.log(`  reference (bare helpdesk calls, same rate, same run): p50 ${percentile(reference, 50)} ms, p95 ${refP95} ms → riskdesk/reference p95 = ${(p95 / refP95).toFixed(2)}`);
  await service.close();
}

/**
 * The reference, measured in the same run against the same fake: the bare helpdesk calls one
 * ticket needs (ticket ∥ comments, user, macro, update with the note, tags) with plain fetch at
 * the same rate — no queue, no database, no decision. Its p95 is the floor on this machine now.
 */
async function referenceChain(fakeUrl: string, rate: number, total: number, firstTicket: number): Promise<number[]> {
  const api = `${fakeUrl}/api/v2`;
  const json = { 'content-type': 'application/json' };
  const chain = async (id: number): Promise<number> => {
    const started = Date.now();
    await Promise.all([fetch(`${api}/tickets/${id}.json`).then((r) => r.json()), fetch(`${api}/tickets/${id}/comments.json`).then((r) => r.json())]);
    await (await fetch(`${api}/users/${500_000 + (id % 997)}.json`)).json();
    await (await fetch(`${api}/tickets/${id}/macros/910000000002/apply.json`)).json();
    await (await fetch(`${api}/tickets/${id}.json`, { method: 'PUT', headers: json, body: JSON.stringify({ ticket: { comment: { html_body: '<p>note</p>', public: false } } }) })).json();
    const noteAt = Date.now();
    await (await fetch(`${api}/tickets/${id}/tags.json`, { method: 'PUT', headers: json, body: JSON.stringify({ tags: ['riskdesk_ref'] }) })).json();
    return noteAt - started;
  };
  const started = Date.now();
  const runs: Promise<number>[] = [];
  for (let i = 0; i < total; i += 1) {
    const wait = started + (i * 1000) / rate - Date.now();
    if (wait > 0) await sleep(wait);
    runs.push(chain(firstTicket + i));
  }
  return (await Promise.all(runs)).sort((a, b) => a - b);
}

async function burstScenario(db: Db, firstTicket: number): Promise<void> {
  const count = num('BENCH_BURST', 2000);
  const rpm = num('BENCH_BURST_RPM', 6000);
  const latency = num('BENCH_BURST_LATENCY_MS', num('BENCH_LATENCY_MS', 20));
  const service = await startService(db, latency, rpm, rpm);
  const started = Date.now();
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => post(service.url, firstTicket + i + k)));
  }
  const enqueued = Date.now() - started;
  const done = Object.keys((await waitForNotes(service.fake, count, Math.max(120_000, (count * 8 * 60_000) / rpm))).notesPerTicket).length >= count;
  await sleep(2000); // let trailing tag requests land
  const stats = await service.fake.stats();
  const notes = Object.keys(stats.notesPerTicket).length;
  const drainMs = (stats.lastRequestAt ?? 0) - (stats.firstRequestAt ?? 0);
  const minimumMs = (stats.requests / rpm) * 60_000;
  console.log(`\n[burst] ${count} tickets at once, ZENDESK_MAX_RPM=${rpm} (fake enforces it), helpdesk latency ${latency} ms${done ? '' : ' (NOT all written in time!)'}`);
  const duplicates = Object.values(stats.notesPerTicket).filter((n) => n > 1).length;
  console.log(`  webhooks accepted in ${(enqueued / 1000).toFixed(1)} s; notes written ${notes} (tickets with more than one note: ${duplicates})`);
  console.log(`  helpdesk requests ${stats.requests} → budget minimum ${(minimumMs / 1000).toFixed(1)} s`);
  console.log(`  drained in        ${(drainMs / 1000).toFixed(1)} s   ratio drain/minimum = ${(drainMs / minimumMs).toFixed(3)} (target ≤ 1.05)`);
  console.log(`  429s from the fake ${stats.rateLimited} (target 0); 409s ${stats.conflicts}; throughput ${(notes / (drainMs / 1000)).toFixed(1)} tickets/s`);
  await service.close();
}

async function main(): Promise<void> {
  const scenarios = (process.env.BENCH_SCENARIOS ?? 'latency,burst').split(',');
  const { db, label, drop } = await openBenchDb();
  console.log(`store: ${label}; demo world ${DEMO_WORLD.users} users / ${DEMO_WORLD.orders} orders`);
  const base = 8_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  if (scenarios.includes('latency')) await latencyScenario(db, base);
  if (scenarios.includes('burst')) await burstScenario(db, base + 500_000);
  const stages = await db.query<{ hydrate: number; context: number; decide: number; writeback: number }>(
    `SELECT avg((timings->>'hydrate')::float) AS hydrate, avg((timings->>'context')::float) AS context,
            avg((timings->>'decide')::float) AS decide, avg((timings->>'writeback')::float) AS writeback FROM decision_audit`,
  );
  const s = stages.rows[0];
  if (s) console.log(`\nmean stage ms: hydrate ${Number(s.hydrate).toFixed(1)}, context ${Number(s.context).toFixed(1)}, decide ${Number(s.decide).toFixed(1)}, writeback ${Number(s.writeback).toFixed(1)}`);
  const counts = await countDecisions(db);
  console.log(`\ndecisions recorded: ${JSON.stringify(counts)}; webhook 503s retried by the load generator: ${webhookRetries.count}`);
  printSqlStats();
  await drop();
  await db.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
