/**
 * Alerts through BullMQ (real Redis, PGlite): one job per channel, deduplicated per ticket and
 * kind, retried on 5xx, failed at once on a permanent refusal, every attempt in the alert audit;
 * a raise never throws nor waits long when Redis does not answer; the SLA sweep alerts each breach once.
 */
import { Redis } from 'ioredis';
import nock from 'nock';
import { createAlertQueue, enqueueAlert, type AlertQueue } from '../../jobs/alert-queue';
import { createAlertWorker, sweepSlaBreaches } from '../../jobs/alert-worker';
import { recentAlertAttempts } from '../../src/alerts/alert-audit';
import { alertSenders } from '../../src/alerts/channels';
import { createDecisionListener } from '../../src/alerts/decision-listener';
import { alertForDecision } from '../../src/alerts/from-decision';
import { createAlertRaiser, type RaiseAlert } from '../../src/alerts/raise-alert';
import { createLogger } from '../../src/logging/logger';
import { deletePrefix, TEST_REDIS_URL } from '../helpers/redis-cleanup';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { seedDashboard } from '../dashboard/seed';
import type { Worker } from 'bullmq';

const PREFIX = `test-alerts-${process.pid}`;
const SLACK = 'https://hooks.slack.com';
const SLACK_PATH = '/services/T1/B1/queue';
const PD = 'https://pd.example.com';
const links = { zendeskSubdomain: 'acme', dashboardUrl: 'http://localhost:3000' };
const logger = createLogger('silent');

let testDb: TestDb;
let redis: Redis;
let workerRedis: Redis;
let queue: AlertQueue;
let worker: Worker;
let raise: RaiseAlert;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  testDb = await createTestDb('pglite');
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  workerRedis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  queue = createAlertQueue(redis, PREFIX);
  const senders = alertSenders({ ALERT_SLACK_WEBHOOK_URL: `${SLACK}${SLACK_PATH}`, ALERT_PAGERDUTY_ROUTING_KEY: 'k'.repeat(32), ALERT_PAGERDUTY_URL: `${PD}/v2/enqueue` });
  raise = createAlertRaiser({ channels: ['slack', 'pagerduty'], enqueue: (channel, alert) => enqueueAlert(queue, channel, alert), logger });
  worker = createAlertWorker({ connection: workerRedis, prefix: PREFIX, db: testDb.db, senders, raise, links, logger });
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await queue?.close();
  await deletePrefix(PREFIX);
  redis?.disconnect();
  workerRedis?.disconnect();
  await testDb?.cleanup();
  nock.cleanAll();
  nock.enableNetConnect();
});

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const crisisAlert = (ticketId: string) => {
  const a = alertForDecision({ crisis: true, crisisReview: false, crisisCategory: 'self_harm' }, 'zendesk', ticketId, { includeReview: true, links });
  if (!a) throw new Error('no alert');
  return a;
};

describe('alerts queue', () => {
  it('sends a crisis alert to both channels once, however often it is raised, and audits it', async () => {
    const slack = nock(SLACK).post(SLACK_PATH).reply(200, 'ok');
    const pd = nock(PD).post('/v2/enqueue').reply(202, { status: 'success' });
    const started = Date.now();
    expect((await raise(crisisAlert('9001'))).queued.sort()).toEqual(['pagerduty', 'slack']);
    expect((await raise(crisisAlert('9001'))).queued).toEqual([]);
    await until(async () => slack.isDone() && pd.isDone() && (await recentAlertAttempts(testDb.db)).filter((a) => a.subject === 'zendesk-9001').length === 2);
    expect(Date.now() - started).toBeLessThan(10_000);
    const audit = (await recentAlertAttempts(testDb.db)).filter((a) => a.subject === 'zendesk-9001');
    expect(audit.map((a) => `${a.channel}:${a.status}:${a.httpStatus}`).sort()).toEqual(['pagerduty:sent:202', 'slack:sent:200']);
  });

  it('retries a 5xx, gives up at once on a permanent refusal; one channel failing leaves the other', async () => {
    const slack = nock(SLACK).post(SLACK_PATH).reply(503, 'busy').post(SLACK_PATH).reply(200, 'ok');
    const pd = nock(PD).post('/v2/enqueue').reply(400, { status: 'invalid event', errors: ['bad'] });
    await raise(crisisAlert('9002'));
    await until(async () => (await recentAlertAttempts(testDb.db)).filter((a) => a.subject === 'zendesk-9002').length === 3);
    expect(slack.isDone() && pd.isDone()).toBe(true);
    const audit = (await recentAlertAttempts(testDb.db)).filter((a) => a.subject === 'zendesk-9002');
    expect(audit.map((a) => `${a.channel}:${a.status}:${a.attempt}`).sort()).toEqual(['pagerduty:failed:1', 'slack:retrying:1', 'slack:sent:2']);
  });

  it('never throws nor waits long when the queue does not answer', async () => {
    const hung = createAlertRaiser({ channels: ['slack'], enqueue: () => new Promise<boolean>(() => undefined), logger, timeoutMs: 200 });
    const started = Date.now();
    await expect(hung(crisisAlert('9003'))).resolves.toEqual({ queued: [] });
    expect(Date.now() - started).toBeLessThan(1000);
    const broken = createAlertRaiser({ channels: ['slack'], enqueue: () => Promise.reject(new Error('Redis down')), logger });
    await expect(broken(crisisAlert('9003'))).resolves.toEqual({ queued: [] });
  });

  it('a decision listener whose alerting and database fail does not throw', () => {
    const listener = createDecisionListener({
      db: { query: () => Promise.reject(new Error('db down')) },
      raise: () => Promise.reject(new Error('boom')),
      links,
      includeReview: true,
      logger,
    });
    expect(() => listener({ source: 'zendesk', ticketId: '1', decision: { crisis: true, crisisReview: false, crisisCategory: null }, receivedAt: Date.now() })).not.toThrow();
  });

  it('the SLA sweep raises one sla_breach per breached ticket, once', async () => {
    await seedDashboard(testDb.db);
    const raised: string[] = [];
    const record: RaiseAlert = async (a) => {
      raised.push(`${a.kind}:${a.subject}:${a.severity}`);
      return { queued: [] };
    };
    expect(await sweepSlaBreaches({ db: testDb.db, raise: record, links })).toBe(2);
    expect(raised.sort()).toEqual(['sla_breach:zendesk-5003:error', 'sla_breach:zendesk-5005:warning']);
    expect(await sweepSlaBreaches({ db: testDb.db, raise: record, links })).toBe(0);
  });
});
