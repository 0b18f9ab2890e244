/**
 * Effectively once across processes: real `riskdesk work` child processes share one Redis and one
 * PostgreSQL schema with a fake Zendesk on loopback (nock cannot cross processes). One worker is
 * SIGKILLed in the middle of the run; two fresh workers take over. Every job ends with exactly
 * one decision and every ticket with exactly one internal note.
 * Needs TEST_DATABASE_URL (an embedded database cannot be shared by processes).
 * CRASH_TEST_JOBS (default 500) sets the job count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { FakeHelpdesk } from '../../bench/fake-helpdesk';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';
import { startServer, type ServerHandle } from '../../src/server/start-server';
import { openDb } from '../../src/store/open-db';
import type { Db } from '../../src/store/db';
import { signZendesk, zendeskTicketCreated, zendeskCommentAdded } from '../helpers/signing';
import { deletePrefix, waitFor, workerEnv, ZENDESK_SECRET } from './harness';

const DATABASE_URL = process.env.TEST_DATABASE_URL;
const JOBS = Number(process.env.CRASH_TEST_JOBS ?? 500);
const TICKETS = Math.ceil(JOBS * 0.8); // 20% of tickets get a second event: 2 jobs, still 1 note
const ROOT = path.resolve(__dirname, '..', '..');
const describeWithPg = DATABASE_URL ? describe : describe.skip;

describeWithPg('crash and restart (child processes, PostgreSQL)', () => {
  const prefix = `test-worker-crash-${randomBytes(4).toString('hex')}`;
  const schema = `test_worker_crash_${randomBytes(4).toString('hex')}`;
  const fake = new FakeHelpdesk({ latencyMs: 5, botUserId: 9001 });
  const children: ChildProcess[] = [];
  let db: Db;
  let server: ServerHandle;
  let env: Record<string, string>;

  function spawnWorker(name: string): ChildProcess {
    const child = spawn(
      process.execPath,
      ['-r', path.join(__dirname, 'crash', 'ts-register.js'), '-e', "require('./src/cli/main').main(['node', 'riskdesk', 'work', '--job-lock-ms', '3000'])"],
      { cwd: ROOT, env: { ...process.env, ...env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stderr?.on('data', (chunk: Buffer) => process.env.CRASH_TEST_VERBOSE && process.stderr.write(`[${name}] ${chunk.toString()}`));
    child.stdout?.on('data', (chunk: Buffer) => process.env.CRASH_TEST_VERBOSE && process.stdout.write(`[${name}] ${chunk.toString()}`));
    children.push(child);
    return child;
  }

  const decisionCount = async (): Promise<number> => Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM decision_audit')).rows[0]?.n ?? 0);

  beforeAll(async () => {
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    db = await openDb({ databaseUrl: DATABASE_URL, dataDir: '', schema });
    const url = new URL(DATABASE_URL ?? '');
    url.searchParams.set('options', `-c search_path=${schema}`);
    await fake.start();
    env = workerEnv(prefix, {
      DATABASE_URL: url.toString(),
      ZENDESK_API_URL: fake.url,
      INTERCOM_ACCESS_TOKEN: '',
      INTERCOM_API_URL: '',
      ZENDESK_MAX_RPM: '1000000',
      WORKER_CONCURRENCY: '16',
      LOG_LEVEL: 'warn',
    });
    const config = loadConfig(env);
    server = await startServer({ config, logger: createLogger('silent'), jobDataKey: Buffer.from(env.JOB_DATA_KEY ?? '', 'hex'), port: 0 });
    await waitFor(() => server.redis.status === 'ready', 5000, 'redis ready');
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await server?.queue.obliterate({ force: true }).catch(() => undefined);
    await server?.close();
    await fake.stop();
    await db?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await db?.close();
    await deletePrefix(prefix);
  }, 60_000);

  it(`${JOBS} jobs, a worker killed mid-run, restarted → ${JOBS} decisions, one note per ticket`, async () => {
    const first = spawnWorker('A');
    const ticketIds = Array.from({ length: TICKETS }, (_, i) => String(7_000_000 + i));
    const deliveries = [
      ...ticketIds.map((id) => zendeskTicketCreated({ ticketId: id })),
      ...ticketIds.slice(0, JOBS - TICKETS).map((id) => zendeskCommentAdded({ ticketId: id, body: 'any news?', authorId: '12345' })),
    ];
    // Webhooks go in while worker A runs; A is killed once a third of the decisions exist.
    for (let i = 0; i < deliveries.length; i += 25) {
      const batch = deliveries.slice(i, i + 25);
      const answers = await Promise.all(batch.map((payload) => fetch(`${server.url}/webhooks/zendesk`, { method: 'POST', ...signZendesk(payload, ZENDESK_SECRET) })));
      expect(answers.map((a) => a.status).filter((s) => s !== 202)).toEqual([]);
    }
    await waitFor(async () => (await decisionCount()) >= JOBS / 3, 60_000, 'worker A to make progress');
    // Kill while jobs are in flight (their locks, and maybe half-done writes, are left behind).
    await waitFor(async () => (await server.queue.getActiveCount()) > 0, 10_000, 'active jobs at kill time');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const killedAt = await decisionCount();
    expect(killedAt).toBeLessThan(JOBS);

    spawnWorker('B');
    spawnWorker('C');
    await waitFor(async () => (await server.queue.getCompletedCount()) >= JOBS, 90_000, 'all jobs to complete');

    const rows = await db.query<{ job_id: string; outcome: string; outcome_detail: string | null }>('SELECT job_id, outcome, outcome_detail FROM decision_audit');
    const recovered = rows.rows.filter((r) => r.outcome_detail === 'recovered').length;
    console.log(`crash test: ${killedAt} decisions before the kill, ${recovered} note(s) recovered by ref, ${fake.stats.requests} helpdesk requests`);
    expect(rows.rows).toHaveLength(JOBS);
    expect(new Set(rows.rows.map((r) => r.job_id)).size).toBe(JOBS);
    expect(rows.rows.filter((r) => r.outcome === 'failed')).toHaveLength(0);
    expect(await server.queue.getFailedCount()).toBe(0);
    const notes = fake.stats.notesPerTicket;
    expect(notes.size).toBe(TICKETS);
    expect([...notes.values()].filter((n) => n !== 1)).toEqual([]);
    const written = rows.rows.filter((r) => r.outcome === 'written').length;
    expect(written).toBe(TICKETS);
  }, 180_000);
});
