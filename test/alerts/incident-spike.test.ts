/**
 * Incident spikes raise `incident_spike` alerts: the worker's incident step (real PGlite, real
 * Redis alerts queue and worker, nock for Slack and PagerDuty — unmocked requests fail) sends one
 * alert per entity and spike window, linking to the incident, with the entity type and severity
 * only — never the entity's id or label.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nock from 'nock';
import { createAlertQueue, enqueueAlert, type AlertQueue } from '../../jobs/alert-queue';
import { createAlertWorker } from '../../jobs/alert-worker';
import { recentAlertAttempts } from '../../src/alerts/alert-audit';
import { alertSenders } from '../../src/alerts/channels';
import { alertForSpike, spikeAlerter, type SpikeForAlert } from '../../src/alerts/from-spike';
import { pagerDutyEvent } from '../../src/alerts/pagerduty';
import { createAlertRaiser, type RaiseAlert } from '../../src/alerts/raise-alert';
import { slackMessage } from '../../src/alerts/slack';
import type { Ticket } from '../../src/domain/ticket';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { createIncidentStep } from '../../src/incidents/incident-step';
import { createLogger } from '../../src/logging/logger';
import { deletePrefix, TEST_REDIS_URL } from '../helpers/redis-cleanup';
import { createTestDb, type TestDb } from '../helpers/test-db';

const PREFIX = `test-spike-alerts-${process.pid}`;
const SLACK = 'https://hooks.slack.com';
const SLACK_PATH = '/services/T1/B1/spikes';
const PD = 'https://pd.example.com';
const KEY = 'p'.repeat(32);
const DASHBOARD = 'https://riskdesk.example.com';
const HANDLE = 'spikydeals';
const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const logger = createLogger('silent');

const spike: SpikeForAlert = { entityKey: `contact:venmo:${HANDLE}`, entityType: 'contact', windowHours: 1, at: '2026-11-01T10:20:00.000Z' };

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
  const senders = alertSenders({ ALERT_SLACK_WEBHOOK_URL: `${SLACK}${SLACK_PATH}`, ALERT_PAGERDUTY_ROUTING_KEY: KEY, ALERT_PAGERDUTY_URL: `${PD}/v2/enqueue` });
  raise = createAlertRaiser({ channels: ['slack', 'pagerduty'], enqueue: (channel, alert) => enqueueAlert(queue, channel, alert), logger });
  worker = createAlertWorker({ connection: workerRedis, prefix: PREFIX, db: testDb.db, senders, raise, links: { dashboardUrl: DASHBOARD }, logger });
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

const ticket = (id: string): Ticket => ({
  source: 'zendesk',
  id,
  channel: 'email',
  subject: 'Scam',
  text: `The seller told me to pay him on Venmo @${HANDLE} instead of the app and never sent anything. This is a scam.`,
  requester: { email: `buyer${id}@example.com` },
  tags: [],
  updatedAt: '2026-11-01T10:00:00Z',
});

describe('incident spike alerts', () => {
  it('carry the incident link, entity type and severity, and nothing naming the entity', () => {
    const alert = alertForSpike(spike, { id: 'INC-00042', severity: 'high' }, `${DASHBOARD}/`);
    expect(alert).toEqual({ kind: 'incident_spike', subject: expect.stringMatching(/^contact-[0-9a-f]{16}-\d+$/), link: `${DASHBOARD}/dashboard/incidents?incident=INC-00042`, category: 'contact', severity: 'error' });
    const wire = JSON.stringify([alert, slackMessage(alert), pagerDutyEvent(KEY, alert)]);
    expect(wire).not.toMatch(new RegExp(`${HANDLE}|venmo`, 'i'));
    expect(alertForSpike(spike, null, DASHBOARD)).toMatchObject({ link: `${DASHBOARD}/dashboard/incidents`, severity: 'warning' });
    expect(alertForSpike(spike, { id: 'INC-1', severity: 'critical' }, DASHBOARD).severity).toBe('critical');
    expect(alertForSpike(spike, { id: 'INC-1', severity: 'low' }, DASHBOARD).severity).toBe('warning');
  });

  it('deduplicate per entity and spike window', () => {
    const subject = (s: Partial<SpikeForAlert>) => alertForSpike({ ...spike, ...s }, null, DASHBOARD).subject;
    expect(subject({ at: '2026-11-01T10:59:00.000Z' })).toBe(subject({}));
    expect(subject({ at: '2026-11-01T11:01:00.000Z' })).not.toBe(subject({}));
    expect(subject({ entityKey: 'contact:venmo:other' })).not.toBe(subject({}));
  });

  it('the incident step raises one alert per spike to Slack and PagerDuty, in their documented shapes', async () => {
    let slackBody: ReturnType<typeof slackMessage> | undefined;
    let pdBody: ReturnType<typeof pagerDutyEvent> | undefined;
    const slack = nock(SLACK).matchHeader('content-type', 'application/json').post(SLACK_PATH, (b) => ((slackBody = b as typeof slackBody), true)).reply(200, 'ok');
    const pd = nock(PD).post('/v2/enqueue', (b) => ((pdBody = b as typeof pdBody), true)).reply(202, { status: 'success', message: 'Event processed' });
    const raised: Array<{ subject: string; queued: string[] }> = [];
    const alerter = spikeAlerter(async (alert) => {
      const result = await raise(alert);
      raised.push({ subject: alert.subject, queued: [...result.queued].sort() });
      return result;
    }, DASHBOARD);
    const step = createIncidentStep({ db: testDb.db, config, logger, alertSpike: alerter });
    const start = Date.parse('2026-11-01T10:00:00Z');
    // Five tickets in 40 minutes complete the spike; the sixth, in the same window, raises nothing more.
    let incidentId = '';
    for (let k = 0; k < 6; k += 1) incidentId = (await step.place(ticket(`spk${k}`), null, new Date(start + k * 10 * 60_000)))?.id ?? incidentId;
    expect(incidentId).toMatch(/^INC-\d+$/);
    expect(raised).toEqual([{ subject: expect.stringMatching(/^contact-[0-9a-f]{16}-\d+$/), queued: ['pagerduty', 'slack'] }]);
    const subject = raised[0]?.subject ?? '';
    await until(async () => slack.isDone() && pd.isDone() && (await recentAlertAttempts(testDb.db)).filter((a) => a.subject === subject).length === 2);

    expect(slackBody?.text).toBe(`riskdesk: Incident spike (contact) [warning] ${DASHBOARD}/dashboard/incidents?incident=${incidentId}`);
    expect(slackBody?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*riskdesk: Incident spike (contact) [warning]*\n<${DASHBOARD}/dashboard/incidents?incident=${incidentId}|Open the incident>` } });
    expect(pdBody).toMatchObject({
      routing_key: KEY,
      event_action: 'trigger',
      dedup_key: `riskdesk:incident_spike:${subject}`,
      payload: { source: 'riskdesk', severity: 'warning', class: 'incident_spike', custom_details: { incident_url: `${DASHBOARD}/dashboard/incidents?incident=${incidentId}`, category: 'contact' } },
      links: [{ href: `${DASHBOARD}/dashboard/incidents?incident=${incidentId}`, text: 'Incident' }],
    });
    expect(JSON.stringify([slackBody, pdBody])).not.toMatch(new RegExp(`${HANDLE}|venmo|buyer|@example`, 'i'));

    // The same spike raised again (a retried ticket) is not queued twice.
    expect((await raise(alertForSpike({ ...spike, entityKey: 'contact:venmo:spikydeals', at: new Date(start + 40 * 60_000).toISOString() }, null, DASHBOARD))).queued).toEqual([]);
  });

  it('a failing alert never fails the ticket’s incident step', async () => {
    const step = createIncidentStep({ db: testDb.db, config, logger, alertSpike: () => Promise.reject(new Error('alerts down')) });
    await testDb.db.query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_spikes');
    const start = Date.parse('2026-11-02T10:00:00Z');
    const placed = [];
    for (let k = 0; k < 5; k += 1) placed.push(await step.place(ticket(`spf${k}`), null, new Date(start + k * 60_000)));
    expect(placed[4]?.ticketCount).toBe(5);
  });
});
