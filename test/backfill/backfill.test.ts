/**
 * The backfill against nock'd vendors (every request checked against the vendors' OpenAPI
 * descriptions): pagination, resuming from the stored cursor, shadow vs write, summaries.
 */
import { loadConfig } from '../../src/config/load-config';
import { runBackfill, type BackfillOptions } from '../../src/backfill/run-backfill';
import { createZendeskAdapter, noopPacer } from '../../src/helpdesk';
import { createIntercomBacklogReader } from '../../src/helpdesk/intercom/backlog';
import { createZendeskBacklogReader } from '../../src/helpdesk/zendesk/backlog';
import type { BacklogReader } from '../../src/helpdesk/backlog-types';
import { createLogger } from '../../src/logging/logger';
import type { PipelineDeps } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import type { Db } from '../../src/store/db';
import { detectCrisis } from '../../src/triage/crisis';
import { decide } from '../../src/triage/decide';
import { loadRules } from '../../src/triage/rules/load-rules';
import { trafficPerTest } from '../helpers/nock-helpdesk';
import { describeEachDb } from '../helpers/test-db';
import { REQUESTER_ID, ZD_BASE, zdComments, zdTicket, zdUser } from '../helpdesk/zendesk-fixtures';

const rules = loadRules('config/rules.yaml');
const logger = createLogger('silent');
const IC_BASE = 'https://api.intercom.io';
const noContext = async (): Promise<RiskContext> => ({
  requester: null, requesterNote: 'not matched', parties: [], orders: [], mentions: { orderIds: [], handles: [], trackingNumbers: [] }, score: 0, level: 'low', reasons: [], computedAt: new Date().toISOString(),
});

const zdResult = (id: number, subject: string, description: string) => ({
  id, url: `${ZD_BASE}/api/v2/tickets/${id}.json`, subject, description, requester_id: REQUESTER_ID, tags: [], status: 'open', priority: null, updated_at: '2026-11-25T10:00:00Z', result_type: 'ticket',
});
const exportPage = (results: unknown[], after: string | null) => ({
  results, facets: null, links: { next: after ? `${ZD_BASE}/api/v2/search/export.json?page[after]=${after}` : null, prev: null }, meta: { has_more: after !== null, after_cursor: after, before_cursor: null },
});

const traffic = trafficPerTest();

const zendeskReader = (): BacklogReader => createZendeskBacklogReader({ apiUrl: ZD_BASE, email: 'bot@x.test', token: 'tok', pacer: noopPacer });

describeEachDb('backfill', ({ db }) => {
  const pipeline = (overrides: Partial<PipelineDeps> = {}): PipelineDeps => ({
    db: db(), rules: { current: () => rules }, adapters: {}, mode: 'shadow', buildContext: noContext, decide, detectCrisis, logger, ...overrides,
  });
  const options = (overrides: Partial<BackfillOptions> = {}): BackfillOptions => ({ statuses: [], since: null, limit: null, write: false, ...overrides });
  const items = async (d: Db, run: string) => (await d.query<{ ticket_id: string; outcome: string }>('SELECT ticket_id, outcome FROM backfill_items WHERE run_id = $1 ORDER BY ticket_id', [run])).rows;

  it('Zendesk: counts, walks every export page by cursor, triages each ticket and summarizes', async () => {
    const scope = traffic().scope(ZD_BASE);
    scope.get('/api/v2/search/count').query({ query: 'type:ticket status<solved updated>=2026-11-01' }).reply(200, { count: 3 });
    scope
      .get('/api/v2/search/export')
      .query({ query: 'status<solved updated>=2026-11-01', 'filter[type]': 'ticket', 'page[size]': '100' })
      .reply(200, exportPage([zdResult(11, 'Card never arrived', 'My order never arrived, where is it?'), zdResult(12, 'Refund', 'I want a refund for my order')], 'CUR1'));
    scope
      .get('/api/v2/search/export')
      .query({ query: 'status<solved updated>=2026-11-01', 'filter[type]': 'ticket', 'page[size]': '100', 'page[after]': 'CUR1' })
      .reply(200, exportPage([zdResult(13, 'Hacked', 'Someone changed my password and email, my account was hacked')], null));
    const progress: Array<number | null> = [];
    const result = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline(), onProgress: (p) => progress.push(p.total === null ? null : p.done) }, options({ since: new Date('2026-11-01T00:00:00Z') }));
    expect(result.complete).toBe(true);
    expect(result.summary.tickets).toBe(3);
    expect(result.summary.outcome).toEqual({ shadow: 3 });
    expect(Object.values(result.summary.intent).reduce((a, b) => a + b, 0)).toBe(3);
    expect(Object.values(result.summary.level).reduce((a, b) => a + b, 0)).toBe(3);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(traffic().lines()).toEqual(['GET /api/v2/search/count', 'GET /api/v2/search/export', 'GET /api/v2/search/export']);
  });

  it('resumes a crashed run from the stored cursor: done pages are not read again, done tickets not decided again', async () => {
    const scope = traffic().scope(ZD_BASE);
    const q = { query: 'status:open status:pending', 'filter[type]': 'ticket', 'page[size]': '100' };
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 4 });
    scope.get('/api/v2/search/export').query(q).reply(200, exportPage([zdResult(21, 'a', 'where is my order'), zdResult(22, 'b', 'where is my order')], 'CUR-A'));
    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'CUR-A' }).reply(503, { error: 'unavailable' });
    const opts = options({ statuses: ['open', 'pending'] });
    await expect(runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline() }, opts)).rejects.toThrow(/503/);
    const run = (await db().query<{ id: string; cursor: string }>(`SELECT id, cursor FROM backfill_runs WHERE finished_at IS NULL AND cursor = 'CUR-A'`)).rows[0];
    expect(run).toBeDefined();
    expect(await items(db(), run?.id ?? '')).toEqual([{ ticket_id: '21', outcome: 'shadow' }, { ticket_id: '22', outcome: 'shadow' }]);

    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'CUR-A' }).reply(200, exportPage([zdResult(22, 'b', 'where is my order'), zdResult(23, 'c', 'where is my order'), zdResult(24, 'd', 'refund please')], null));
    const decided: string[] = [];
    const resumed = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline({ logger, buildContext: async (t) => (decided.push(t.id), noContext()) }) }, opts);
    expect(resumed.resumed).toBe(true);
    expect(resumed.complete).toBe(true);
    expect(decided).toEqual(['23', '24']);
    expect(resumed.summary.tickets).toBe(4);
    expect(traffic().lines().filter((l) => l.includes('export'))).toHaveLength(3);
    // A finished run is not resumed: the same command starts a new one.
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 0 });
    scope.get('/api/v2/search/export').query(q).reply(200, exportPage([], null));
    const again = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline() }, opts);
    expect(again.resumed).toBe(false);
    expect(again.summary.tickets).toBe(0);
  });

  it('walks the export again from the start when the stored cursor expired, skipping decided tickets', async () => {
    const scope = traffic().scope(ZD_BASE);
    const q = { query: 'status:hold', 'filter[type]': 'ticket', 'page[size]': '100' };
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 2 });
    scope.get('/api/v2/search/export').query(q).reply(200, exportPage([zdResult(31, 'a', 'where is my order')], 'OLD'));
    let calls = 0;
    const stopAfterFirstPage = () => (calls += 1) > 3;
    const opts = options({ statuses: ['hold'] });
    const first = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline(), shouldStop: stopAfterFirstPage }, opts);
    expect(first.complete).toBe(false);
    scope.get('/api/v2/search/export').query({ ...q, 'page[after]': 'OLD' }).reply(400, { error: 'InvalidCursor', description: 'cursor expired' });
    scope.get('/api/v2/search/export').query(q).reply(200, exportPage([zdResult(31, 'a', 'where is my order'), zdResult(32, 'b', 'where is my order')], null));
    const decided: string[] = [];
    const second = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline({ buildContext: async (t) => (decided.push(t.id), noContext()) }) }, opts);
    expect(second.complete).toBe(true);
    expect(decided).toEqual(['32']);
    expect(second.summary.tickets).toBe(2);
  });

  it('stops at --limit', async () => {
    const scope = traffic().scope(ZD_BASE);
    scope.get('/api/v2/search/count').query(true).reply(200, { count: 3 });
    scope.get('/api/v2/search/export').query(true).reply(200, exportPage([zdResult(41, 'a', 'x'), zdResult(42, 'b', 'y'), zdResult(43, 'c', 'z')], 'MORE'));
    const result = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline() }, options({ statuses: ['new'], limit: 2 }));
    expect(result.summary.tickets).toBe(2);
    expect(result.complete).toBe(true);
  });

  it('Intercom: pages through the conversation search with starting_after', async () => {
    const scope = traffic().scope(IC_BASE);
    const conv = (id: string, body: string) => ({ type: 'conversation', id, title: null, state: 'open', updated_at: 1764000000, source: { type: 'conversation', subject: '', body: `<p>${body}</p>`, author: { type: 'user', id: 'c1' } }, contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: 'c1', external_id: 'U1' }] }, tags: { type: 'tag.list', tags: [] } });
    const filter = { operator: 'AND', value: [{ field: 'state', operator: 'IN', value: ['open', 'snoozed'] }, { field: 'updated_at', operator: '>', value: 1761955200 }] };
    scope.post('/conversations/search', { query: filter, pagination: { per_page: 150 } }).reply(200, { type: 'conversation.list', total_count: 3, pages: { type: 'pages', page: 1, per_page: 150, total_pages: 2, next: { page: 2, starting_after: 'WzE3NjQ=' } }, conversations: [conv('101', 'my order never arrived'), conv('102', 'refund please')] });
    scope.post('/conversations/search', { query: filter, pagination: { per_page: 150, starting_after: 'WzE3NjQ=' } }).reply(200, { type: 'conversation.list', total_count: 3, pages: { type: 'pages', page: 2, per_page: 150, total_pages: 2 }, conversations: [conv('103', 'account hacked')] });
    const reader = createIntercomBacklogReader({ token: 'tok', version: '2.14', pacer: noopPacer });
    const totals: Array<number | null> = [];
    const result = await runBackfill({ db: db(), reader, pipeline: pipeline(), onProgress: (p) => totals.push(p.total) }, options({ statuses: ['open', 'snoozed'], since: new Date('2025-11-01T00:00:00Z') }));
    expect(result.summary.tickets).toBe(3);
    expect(totals.at(-1)).toBe(3);
    expect(traffic().requests.every((r) => r.headers['intercom-version'] === '2.14')).toBe(true);
  });

  describe('shadow vs write', () => {
    const config = loadConfig({ ZENDESK_API_URL: ZD_BASE, ZENDESK_EMAIL: 'bot@x.test', ZENDESK_API_TOKEN: 'tok', ZENDESK_BOT_USER_ID: '9001' });
    const mockBacklogAndHydration = (id: number) => {
      const scope = traffic().scope(ZD_BASE);
      scope.get('/api/v2/search/count').query(true).reply(200, { count: 1 });
      scope.get('/api/v2/search/export').query(true).reply(200, exportPage([zdResult(id, 'Card never arrived', 'I paid and it never arrived')], null));
      scope.get(`/api/v2/tickets/${id}.json`).reply(200, zdTicket({ id }));
      scope.get(`/api/v2/tickets/${id}/comments.json`).query(true).reply(200, zdComments());
      scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, zdUser());
      return scope;
    };

    it('shadow (default) reads and records the decision but writes nothing', async () => {
      mockBacklogAndHydration(51);
      const result = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline({ adapters: { zendesk: createZendeskAdapter(config, noopPacer, logger) } }) }, options({ statuses: ['open'] }));
      expect(result.summary.outcome).toEqual({ shadow: 1 });
      expect(traffic().requests.filter((r) => r.method !== 'GET')).toEqual([]);
      const audit = await db().query<{ outcome: string }>(`SELECT outcome FROM decision_audit WHERE ticket_id = '51'`);
      expect(audit.rows.map((r) => r.outcome)).toEqual(['shadow']);
    });

    it('--write writes the note back', async () => {
      const scope = mockBacklogAndHydration(52);
      scope.put('/api/v2/tickets/52.json').reply(200, zdTicket({ id: 52 }));
      scope.put('/api/v2/tickets/52/tags.json').optionally().reply(200, { tags: [] });
      scope.get(/\/api\/v2\/tickets\/52\/macros\/\d+\/apply\.json/).optionally().times(5).reply(200, { result: { ticket: {} } });
      const result = await runBackfill({ db: db(), reader: zendeskReader(), pipeline: pipeline({ mode: 'live', adapters: { zendesk: createZendeskAdapter(config, noopPacer, logger) } }) }, options({ statuses: ['open'], write: true }));
      expect(result.summary.outcome).toEqual({ written: 1 });
      const put = traffic().requests.find((r) => r.method === 'PUT' && r.path === '/api/v2/tickets/52.json');
      expect(JSON.stringify(put?.body)).toContain('"public":false');
    });
  });
});
