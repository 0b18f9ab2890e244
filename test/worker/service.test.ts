/**
 * `riskdesk start` composition: server + worker in one process on an embedded database,
 * readiness covering Redis and the database, the mounted routers, the one-process lock on the
 * embedded data directory, and a clean close().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/logger';
import { EmbeddedDbInUseError } from '../../src/runtime/embedded-lock';
import { mountSidebar } from '../../src/runtime/mount-sidebar';
import { openStore } from '../../src/runtime/open-store';
import { startService, type ServiceHandle } from '../../src/runtime/service';
import { signZendesk, uniqueTicketId, zendeskTicketCreated } from '../helpers/signing';
import { ADMIN_TOKEN, deletePrefix, waitFor, workerEnv, ZENDESK_SECRET } from './harness';

const SIDEBAR_TOKEN = 'sidebar-token-for-tests';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'riskdesk-service-'));
const prefix = `test-worker-svc-${process.pid}`;
const config = loadConfig(
  workerEnv(prefix, {
    RISKDESK_DATA_DIR: dataDir,
    AUTO_SEED: 'false',
    WRITEBACK_MODE: 'shadow',
    ZENDESK_API_URL: '',
    ZENDESK_EMAIL: '',
    ZENDESK_API_TOKEN: '',
    INTERCOM_ACCESS_TOKEN: '',
    SIDEBAR_TOKEN: SIDEBAR_TOKEN,
  }),
);
let service: ServiceHandle;
let sidebarCalls = 0;
/** What the service logged, one parsed JSON line each. */
const logged: Array<Record<string, unknown>> = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

beforeAll(async () => {
  service = await startService({ config, logger: createLogger('info', logSink), server: true, worker: true, port: 0, mountSidebar: (app, ctx) => {
      sidebarCalls += 1;
      mountSidebar(app, ctx);
    },
  });
  await waitFor(() => service.server?.redis.status === 'ready', 5000, 'redis ready');
}, 90_000);
afterAll(async () => {
  await service?.close();
  await deletePrefix(prefix);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('riskdesk start (server + worker in one process)', () => {
  it('is ready (Redis and database), serves metrics, decisions and the sidebar hook, and processes a webhook', async () => {
    const url = service.server?.url ?? '';
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { redis: 'up', database: 'up' } });
    expect(sidebarCalls).toBe(1);

    const ticketId = uniqueTicketId();
    const accepted = await fetch(`${url}/webhooks/zendesk`, { method: 'POST', ...signZendesk(zendeskTicketCreated({ ticketId }), ZENDESK_SECRET) });
    expect(accepted.status).toBe(202);
    let decisions: Array<{ outcome: string; ticketId: string }> = [];
    await waitFor(async () => {
      const res = await fetch(`${url}/api/decisions?source=zendesk&ticket=${ticketId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      decisions = ((await res.json()) as { decisions: typeof decisions }).decisions;
      return decisions.length > 0;
    }, 15_000, 'the decision');
    expect(decisions[0]).toMatchObject({ outcome: 'shadow', ticketId });
    expect((await fetch(`${url}/api/decisions`)).status).toBe(401);

    const contextUrl = `${url}/api/context?source=zendesk&ticket=${ticketId}`;
    expect((await fetch(contextUrl)).status).toBe(401);
    const view = await fetch(contextUrl, { headers: { authorization: `Bearer ${SIDEBAR_TOKEN}` } });
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ source: 'zendesk', ticketId, status: 'decided' });
    const unknown = await fetch(`${url}/api/context?source=zendesk&ticket=999999999`, { headers: { authorization: `Bearer ${SIDEBAR_TOKEN}` } });
    expect(unknown.status).toBe(404);

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/riskdesk_webhooks_total\{source="zendesk",outcome="[a-z_]+"\} 1/);
    expect(metrics).toContain('riskdesk_writebacks_total{source="zendesk",outcome="shadow"} 1');
    expect(metrics).toContain('riskdesk_queue_jobs{state="waiting"}');
    expect(metrics).toMatch(/riskdesk_stage_duration_seconds_count\{stage="decide",source="zendesk"\} 1/);
  });

  it('logs each slow start-up step as it begins and when it ends, with its duration', async () => {
    const steps = (step: string) => logged.filter((line) => line.step === step);
    expect(steps('opening the database').map((line) => line.phase)).toEqual(['begin', 'end']);
    expect(steps('opening the database')[1]).toMatchObject({ durationMs: expect.any(Number), msg: expect.stringMatching(/^opening the database: done in \d+ ms$/) });
    // The connections of the worker (2) and the HTTP server (1): each begins, then ends once Redis answered.
    await waitFor(() => steps('connecting to Redis').filter((line) => line.phase === 'end').length === 3, 5000, 'three Redis connections');
    const connections = steps('connecting to Redis');
    expect(connections.filter((line) => line.phase === 'begin').map((line) => line.connection).sort()).toEqual(['producer', 'worker', 'worker-commands']);
    expect(connections.filter((line) => line.phase === 'end').every((line) => typeof line.durationMs === 'number')).toBe(true);
    // AUTO_SEED=false: no seeding. The models train once (jest gives each test file fresh modules).
    expect(steps('seeding the demo world')).toEqual([]);
    expect(steps('training the models').map((line) => line.phase)).toEqual(['begin', 'end']);
    expect(logged.findIndex((line) => line.msg === 'riskdesk HTTP server listening')).toBeGreaterThan(logged.findIndex((line) => line.step === 'opening the database' && line.phase === 'end'));
  });

  it('refuses a second process on the same embedded data directory, saying what to do', async () => {
    // Simulate another live process holding the lock (this process already holds it).
    const lock = path.join(dataDir, 'riskdesk-process.lock');
    const { writeFileSync, readFileSync } = await import('node:fs');
    const mine = readFileSync(lock, 'utf8');
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, command: 'riskdesk start' }));
    try {
      await expect(openStore(config, createLogger('silent'))).rejects.toBeInstanceOf(EmbeddedDbInUseError);
      await expect(openStore(config, createLogger('silent'))).rejects.toThrow(new RegExp(`open in process ${process.ppid} \\(riskdesk start\\).*DATABASE_URL`));
    } finally {
      writeFileSync(lock, mine);
    }
  });
});
