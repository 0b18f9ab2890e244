/**
 * Slack and PagerDuty requests checked against their documented shapes (nock; unmocked requests
 * fail), what each answer means (sent, retry, permanent), and `riskdesk alerts test`.
 */
import nock from 'nock';
import { sendPagerDuty, pagerDutyEvent } from '../../src/alerts/pagerduty';
import { sendSlack, slackMessage } from '../../src/alerts/slack';
import { alertForDecision } from '../../src/alerts/from-decision';
import type { Alert } from '../../src/alerts/types';
import { sendTestAlert } from '../../src/cli/commands/alerts';

const SLACK = 'https://hooks.slack.com';
const SLACK_PATH = '/services/T000/B000/XXXX';
const PD = 'https://events.pagerduty.com';
const KEY = 'e93facc04764012d7bfb002500d5d1a6';

const alert: Alert = alertForDecision({ crisis: true, crisisReview: false, crisisCategory: 'self_harm' }, 'zendesk', '5158', { includeReview: true, links: { zendeskSubdomain: 'acme', dashboardUrl: 'http://localhost:3000' } }) ?? ((): never => {
  throw new Error('no alert');
})();

/** Slack's documented incoming-webhook body: text always (fallback), blocks of section/context with mrkdwn text ≤ 3000. */
function expectSlackShape(body: unknown): void {
  const b = body as { text: unknown; blocks: Array<{ type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text: string }> }> };
  expect(Object.keys(b).sort()).toEqual(['blocks', 'text']);
  expect(typeof b.text).toBe('string');
  expect((b.text as string).length).toBeGreaterThan(0);
  expect(b.blocks.length).toBeLessThanOrEqual(50);
  for (const block of b.blocks) {
    expect(['section', 'context']).toContain(block.type);
    for (const t of block.text ? [block.text] : (block.elements ?? [])) {
      expect(t.type).toBe('mrkdwn');
      expect(t.text.length).toBeLessThanOrEqual(3000);
    }
  }
}

/** PagerDuty Events v2 trigger: required routing_key, event_action, payload.summary (≤1024), source, severity; dedup_key ≤ 255. */
function expectPagerDutyShape(body: unknown): void {
  const b = body as ReturnType<typeof pagerDutyEvent>;
  expect(b.routing_key).toBe(KEY);
  expect(b.event_action).toBe('trigger');
  expect(b.dedup_key.length).toBeLessThanOrEqual(255);
  expect(b.payload.summary.length).toBeLessThanOrEqual(1024);
  expect(b.payload.source).toBe('riskdesk');
  expect(['critical', 'error', 'warning', 'info']).toContain(b.payload.severity);
  expect(Number.isNaN(Date.parse(b.payload.timestamp))).toBe(false);
  expect(b.links).toEqual([{ href: expect.stringMatching(/^https?:\/\//), text: 'Ticket' }]);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('alert payloads', () => {
  it('sends Slack its documented body and treats 200 ok as sent', async () => {
    let seen: unknown;
    const scope = nock(SLACK).matchHeader('content-type', 'application/json').post(SLACK_PATH, (body) => ((seen = body), true)).reply(200, 'ok');
    await expect(sendSlack(`${SLACK}${SLACK_PATH}`, alert)).resolves.toEqual({ ok: true, status: 200 });
    scope.done();
    expectSlackShape(seen);
    expect(JSON.stringify(seen)).toContain('https://acme.zendesk.com/agent/tickets/5158');
    expect(JSON.stringify(seen)).toContain('self_harm');
  });

  it('sends PagerDuty a trigger event with a per-ticket dedup key, and treats 202 as sent', async () => {
    let seen: unknown;
    const scope = nock(PD).post('/v2/enqueue', (body) => ((seen = body), true)).reply(202, { status: 'success', message: 'Event processed', dedup_key: 'riskdesk:crisis:zendesk-5158' });
    await expect(sendPagerDuty(`${PD}/v2/enqueue`, KEY, alert)).resolves.toEqual({ ok: true, status: 202 });
    scope.done();
    expectPagerDutyShape(seen);
    expect(seen).toMatchObject({ dedup_key: 'riskdesk:crisis:zendesk-5158', payload: { severity: 'critical', class: 'crisis', custom_details: { category: 'self_harm' } } });
  });

  it('carries no ticket content: only link, category, severity and kind', () => {
    const texts = JSON.stringify([slackMessage(alert), pagerDutyEvent(KEY, alert)]);
    expect(texts).not.toMatch(/@|subject|requester|note/i);
  });

  it('retries 429 and 5xx, gives up on other 4xx (naming what to fix)', async () => {
    nock(SLACK).post(SLACK_PATH).reply(500, 'rollup_error');
    expect(await sendSlack(`${SLACK}${SLACK_PATH}`, alert)).toMatchObject({ ok: false, status: 500, retry: true });
    nock(SLACK).post(SLACK_PATH).reply(404, 'channel_not_found');
    expect(await sendSlack(`${SLACK}${SLACK_PATH}`, alert)).toMatchObject({ ok: false, retry: false, detail: expect.stringContaining('ALERT_SLACK_WEBHOOK_URL') });
    nock(PD).post('/v2/enqueue').reply(429, {});
    expect(await sendPagerDuty(`${PD}/v2/enqueue`, KEY, alert)).toMatchObject({ ok: false, status: 429, retry: true });
    nock(PD).post('/v2/enqueue').reply(400, { status: 'invalid event', message: 'Event object is invalid', errors: ['Length of summary is invalid'] });
    expect(await sendPagerDuty(`${PD}/v2/enqueue`, KEY, alert)).toMatchObject({ ok: false, status: 400, retry: false });
    nock(SLACK).post(SLACK_PATH).replyWithError('socket hang up');
    expect(await sendSlack(`${SLACK}${SLACK_PATH}`, alert)).toMatchObject({ ok: false, status: null, retry: true });
  });

  it('raises crisis-review alerts only when configured, and nothing for an ordinary decision', () => {
    const links = { dashboardUrl: 'https://riskdesk.example.com/' };
    const review = { crisis: false, crisisReview: true, crisisCategory: null };
    expect(alertForDecision(review, 'intercom', '77', { includeReview: true, links })).toEqual({
      kind: 'crisis_review', subject: 'intercom-77', link: 'https://riskdesk.example.com/dashboard/decisions?ticket=77', category: null, severity: 'warning',
    });
    expect(alertForDecision(review, 'intercom', '77', { includeReview: false, links })).toBeNull();
    expect(alertForDecision({ crisis: false, crisisReview: false, crisisCategory: null }, 'intercom', '77', { includeReview: true, links })).toBeNull();
  });
});

describe('riskdesk alerts test', () => {
  it('sends a test alert to each configured channel and says what each answered', async () => {
    const slack = nock(SLACK).post(SLACK_PATH, (body) => (expectSlackShape(body), true)).reply(200, 'ok');
    const pd = nock('https://pd-proxy.example.com').post('/enqueue', (body) => (expectPagerDutyShape(body), (body as { payload: { class: string } }).payload.class === 'test')).reply(202, { status: 'success' });
    const report = await sendTestAlert({ ALERT_SLACK_WEBHOOK_URL: `${SLACK}${SLACK_PATH}`, ALERT_PAGERDUTY_ROUTING_KEY: KEY, ALERT_PAGERDUTY_URL: 'https://pd-proxy.example.com/enqueue' }, 'http://localhost:3000/dashboard');
    expect(report).toEqual({ exitCode: 0, stdout: 'slack: sent (HTTP 200)\npagerduty: sent (HTTP 202)\n', stderr: '' });
    slack.done();
    pd.done();
  });

  it('exits 1 naming the refusal, and 2 without any channel', async () => {
    nock(SLACK).post(SLACK_PATH).reply(410, 'channel_is_archived');
    const refused = await sendTestAlert({ ALERT_SLACK_WEBHOOK_URL: `${SLACK}${SLACK_PATH}` }, 'http://localhost:3000/dashboard');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('slack: NOT sent — Slack answered 410 channel_is_archived');
    expect((await sendTestAlert({}, 'http://localhost:3000/dashboard')).exitCode).toBe(2);
  });
});
