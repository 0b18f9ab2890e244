/**
 * The backfill's metrics against a nock'd Zendesk: a run that fails on a page, then resumes in a
 * new process (a 429 waited out, a ticket already decided, one that fails) — exact counters and
 * progress gauges of each; and `riskdesk backfill --metrics-port` serving them while it runs,
 * with the time its requests waited behind a busy request schedule.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { runBackfill, type BackfillOptions } from '../../src/backfill/run-backfill';
import type { CliIo } from '../../src/cli/cli-io';
import { backfillCommand } from '../../src/cli/commands/backfill';
import { noopPacer } from '../../src/helpdesk';
import { createZendeskBacklogReader } from '../../src/helpdesk/zendesk/backlog';
import { createLogger } from '../../src/logging/logger';
import { BACKFILL_RUN_EVENTS, BACKFILL_TICKET_OUTCOMES } from '../../src/metrics/backfill-metrics';
import { createMetrics, type Metrics } from '../../src/metrics/metrics';
import type { PipelineDeps } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import { detectCrisis } from '../../src/triage/crisis';
import { decide } from '../../src/triage/decide';
import { loadRules } from '../../src/triage/rules/load-rules';
import { trafficPerTest } from '../helpers/nock-helpdesk';
import { parseSamples, sample, seriesOf, type Samples } from '../helpers/prometheus-text';
import { describeEachDb } from '../helpers/test-db';
import { REQUESTER_ID, ZD_BASE, zdComments, zdTicket, zdUser } from '../helpdesk/zendesk-fixtures';

const rules = loadRules('config/rules.yaml');
const logger = createLogger('silent');
const noContext = async (): Promise<RiskContext> => ({
  requester: null, requesterNote: 'not matched', parties: [], orders: [], mentions: { orderIds: [], handles: [], trackingNumbers: [] }, score: 0, level: 'low', reasons: [], computedAt: new Date().toISOString(),
});
const zdResult = (id: number, description: string) => ({
  id, url: `${ZD_BASE}/api/v2/tickets/${id}.json`, subject: 'Backlog', description, requester_id: REQUESTER_ID, tags: [], status: 'open', priority: null, updated_at: '2026-11-25T10:00:00Z', result_type: 'ticket',
});
const exportPage = (results: unknown[], after: string | null) => ({
  results, facets: null, links: { next: after ? `${ZD_BASE}/api/v2/search/export.json?page[after]=${after}` : null, prev: null }, meta: { has_more: after !== null, after_cursor: after, before_cursor: null },
});
const scrape = async (metrics: Metrics): Promise<Samples> => parseSamples(await metrics.registry.metrics());
/** Scrapes a running command's port until the run has its helpdesk count (then it reads the export). */
async function scrapeOnceCounted(url: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const text = await (await fetch(url)).text();
    if (text.includes('riskdesk_backfill_tickets_remaining{source="zendesk"}')) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the running backfill never served its progress');
}
/** Every run event at 0 except those given. */
const runEvents = (counts: Record<string, number>) => Object.fromEntries(BACKFILL_RUN_EVENTS.map((event) => [`event="${event}",source="zendesk"`, counts[event] ?? 0]));
const ticketOutcomes = (counts: Record<string, number>) => Object.fromEntries(BACKFILL_TICKET_OUTCOMES.map((outcome) => [`outcome="${outcome}",source="zendesk"`, counts[outcome] ?? 0]));

const traffic = trafficPerTest();

describeEachDb('backfill metrics', ({ db }) => {
  const pipeline = (overrides: Partial<PipelineDeps> = {}): PipelineDeps => ({ db: db(), rules: { current: () => rules }, adapters: {}, mode: 'shadow', buildContext: noContext, decide, detectCrisis, logger, ...overrides });
  const options: BackfillOptions = { statuses: ['pending'], since: null, limit: null, write: false };
  const reader = () => createZendeskBacklogReader({ apiUrl: ZD_BASE, email: 'bot@x.test', token: 'tok', pacer: noopPacer });

  it('counts a failed run, then its resumption in a new process: events, tickets by outcome, 429s, progress', async () => {
    const scope = traffic().scope(ZD_BASE);
    const q = { query: 'status:pending', 'filter[type]': 'ticket', 'page[size]': '100' };
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 4 });
    scope.get('/api/v2/search/export').query(q).reply(200, exportPage([zdResult(81, 'where is my order'), zdResult(82, 'where is my order')], 'CUR-M'));
    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'CUR-M' }).reply(503, { error: 'unavailable' });
    const first = createMetrics({ defaultMetrics: false });
    await expect(runBackfill({ db: db(), reader: reader(), pipeline: pipeline(), metrics: first }, options)).rejects.toThrow(/503/);
    let samples = await scrape(first);
    expect(seriesOf(samples, 'riskdesk_backfill_runs_total')).toEqual(runEvents({ started: 1, failed: 1 }));
    expect(seriesOf(samples, 'riskdesk_backfill_tickets_total')).toEqual(ticketOutcomes({ shadow: 2 }));
    expect(sample(samples, 'riskdesk_backfill_tickets_done', { source: 'zendesk' })).toBe(2);
    expect(sample(samples, 'riskdesk_backfill_tickets_remaining', { source: 'zendesk' })).toBe(2);

    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'CUR-M' }).reply(429, { error: 'TooManyRequests' }, { 'Retry-After': '7' });
    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'CUR-M' }).reply(200, exportPage([zdResult(82, 'where is my order'), zdResult(83, 'refund please'), zdResult(84, 'where is my order')], null));
    const second = createMetrics({ defaultMetrics: false });
    const slept: number[] = [];
    const failOn84 = async (ticket: { id: string }): Promise<RiskContext> => {
      if (ticket.id === '84') throw new Error('risk store unavailable');
      return noContext();
    };
    const resumed = await runBackfill(
      { db: db(), reader: reader(), pipeline: pipeline({ buildContext: failOn84 }), metrics: second, sleep: async (ms) => void slept.push(ms) },
      options,
    );
    expect(resumed.complete).toBe(true);
    expect(slept).toEqual([7000]);
    samples = await scrape(second);
    expect(seriesOf(samples, 'riskdesk_backfill_runs_total')).toEqual(runEvents({ resumed: 1, finished: 1 }));
    expect(seriesOf(samples, 'riskdesk_backfill_tickets_total')).toEqual(ticketOutcomes({ already_decided: 1, shadow: 1, failed: 1 }));
    expect(sample(samples, 'riskdesk_helpdesk_rate_limited_total', { source: 'zendesk' })).toBe(1);
    expect(sample(samples, 'riskdesk_backfill_tickets_done', { source: 'zendesk' })).toBe(3);
    expect(sample(samples, 'riskdesk_backfill_tickets_remaining', { source: 'zendesk' })).toBe(1);
  });

  it('counts a run stopped by Ctrl-C as stopped, not finished', async () => {
    const scope = traffic().scope(ZD_BASE);
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 2 });
    scope.get('/api/v2/search/export').query(true).reply(200, exportPage([zdResult(91, 'where is my order'), zdResult(92, 'where is my order')], 'MORE'));
    const metrics = createMetrics({ defaultMetrics: false });
    let decided = 0;
    const result = await runBackfill(
      { db: db(), reader: reader(), pipeline: pipeline({ buildContext: async () => ((decided += 1), noContext()) }), metrics, shouldStop: () => decided >= 1 },
      { ...options, statuses: ['hold'] },
    );
    expect(result.complete).toBe(false);
    const samples = await scrape(metrics);
    expect(seriesOf(samples, 'riskdesk_backfill_runs_total')).toEqual(runEvents({ started: 1, stopped: 1 }));
    expect(seriesOf(samples, 'riskdesk_backfill_tickets_total')).toEqual(ticketOutcomes({ shadow: 1 }));
  });
});

describeEachDb('riskdesk backfill --metrics-port', ({ db }) => {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const prefix = `test-backfill-metrics-${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });
  const env = { ZENDESK_API_URL: ZD_BASE, ZENDESK_EMAIL: 'bot@x.test', ZENDESK_API_TOKEN: 'tok', ZENDESK_BOT_USER_ID: '9001', QUEUE_PREFIX: prefix, JOB_DATA_KEY: 'ab'.repeat(32), RULES_FILE: 'config/rules.yaml', HOST: '127.0.0.1' };

  it('serves its metrics while the run lasts, counts the wait behind a busy schedule, and closes the port at the end', async () => {
    const scope = traffic().scope(ZD_BASE);
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 1 });
    // The export answers late: the test scrapes the running command meanwhile (scrapeOnceCounted).
    scope.get('/api/v2/search/export').query(true).delay(1500).reply(200, exportPage([zdResult(71, 'It never arrived')], null));
    scope.get('/api/v2/tickets/71.json').reply(200, zdTicket({ id: 71 }));
    scope.get('/api/v2/tickets/71/comments.json').query(true).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, zdUser());
    // Live requests hold the Zendesk schedule for the next 400 ms: the first backfill request waits it out.
    const [seconds = '0', micros = '0'] = await redis.time();
    await redis.set(`${prefix}:pace:zendesk`, (Number(seconds) * 1000 + Number(micros) / 1000 + 400).toFixed(3), 'PX', 5000);

    let stderr = '';
    let scrapedWhileRunning: Promise<string> | null = null;
    const metrics = createMetrics({ defaultMetrics: false });
    const io: CliIo = {
      env,
      stdout: { write: () => true },
      stderr: {
        write: (text: string) => {
          stderr += text;
          const url = /serving metrics on (\S+) /.exec(text)?.[1];
          if (url) scrapedWhileRunning = scrapeOnceCounted(url);
          return true;
        },
        isTTY: false,
      },
      setExitCode: () => undefined,
      db: db(),
    };
    const code = await backfillCommand({ source: 'zendesk', status: 'open', metricsPort: '0' }, io, { redis, logger, metrics });
    expect(code).toBe(0);
    const url = /serving metrics on (\S+) /.exec(stderr)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(scrapedWhileRunning).not.toBeNull();
    const during = parseSamples(await (scrapedWhileRunning ?? Promise.resolve('')));
    expect(sample(during, 'riskdesk_backfill_runs_total', { source: 'zendesk', event: 'started' })).toBe(1);
    expect(sample(during, 'riskdesk_backfill_tickets_total', { source: 'zendesk', outcome: 'shadow' })).toBe(0);
    expect(sample(during, 'riskdesk_backfill_tickets_remaining', { source: 'zendesk' })).toBe(1);
    await expect(fetch(url)).rejects.toThrow();

    const after = await scrape(metrics);
    expect(seriesOf(after, 'riskdesk_backfill_runs_total')).toEqual(runEvents({ started: 1, finished: 1 }));
    expect(seriesOf(after, 'riskdesk_backfill_tickets_total')).toEqual(ticketOutcomes({ shadow: 1 }));
    // One slot per helpdesk request; the first waited for the live schedule to pass.
    expect(sample(after, 'riskdesk_backfill_pacer_wait_seconds_count', { source: 'zendesk' })).toBe(traffic().requests.length);
    expect(sample(after, 'riskdesk_backfill_pacer_wait_seconds_sum', { source: 'zendesk' })).toBeGreaterThanOrEqual(0.3);
  });

  it('refuses a port it cannot use with exit 2, before reading the helpdesk', async () => {
    const out = { stderr: '' };
    const io: CliIo = { env, stdout: { write: () => true }, stderr: { write: (t: string) => (out.stderr += t), isTTY: false }, setExitCode: () => undefined, db: db() };
    expect(await backfillCommand({ source: 'zendesk', metricsPort: '70000' }, io, { redis, logger })).toBe(2);
    expect(out.stderr).toMatch(/^riskdesk backfill: --metrics-port: must be a port number/);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      out.stderr = '';
      expect(await backfillCommand({ source: 'zendesk', metricsPort: String(port) }, io, { redis, logger })).toBe(2);
      expect(out.stderr).toMatch(new RegExp(`^riskdesk backfill: cannot serve /metrics on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\): choose another --metrics-port`));
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    expect(traffic().requests).toEqual([]);
  });
});
