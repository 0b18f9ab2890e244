import express from 'express';
import request from 'supertest';
import { createLogger } from '../../src/logging/logger';
import * as hmac from '../../src/security/hmac';
import { createSidebarContextRouter, type SidebarContextRouterDeps } from '../../src/server/routes/sidebar-context';
import type { ContextView } from '../../src/sidebar/context-view';
import { toContextView } from '../../src/sidebar/to-context-view';
import { createViewLoader } from '../../src/sidebar/view-loader';
import { expectErrorBody } from '../helpers/error-body';
import { decision, riskContext, ticket } from './fixtures';

const TOKEN = 'sidebar-token-0123456789abcdef';

function seededView(ticketId: string): ContextView {
  return toContextView({ source: 'zendesk', ticketId, status: 'decided', decision: decision(), context: riskContext(), history: [] });
}

function app(overrides: Partial<SidebarContextRouterDeps> = {}) {
  const loads: Array<[string, string]> = [];
  const deps: SidebarContextRouterDeps = {
    token: TOKEN,
    ratePerMinute: 100,
    logger: createLogger('silent'),
    loadView: async (source, id) => {
      loads.push([source, id]);
      return id === '404' ? null : seededView(id);
    },
    ...overrides,
  };
  const server = express();
  server.use(createSidebarContextRouter(deps));
  return { server, loads };
}

const get = (server: express.Express, query = '?source=zendesk&ticket=4711', token: string | null = TOKEN) => {
  const req = request(server).get(`/api/context${query}`);
  return token === null ? req : req.set('Authorization', `Bearer ${token}`);
};

describe('GET /api/context', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers the view for a known ticket with private short caching and an ETag', async () => {
    const { server, loads } = app();
    const res = await get(server);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'zendesk', ticketId: '4711', risk: { score: 40, level: 'high' } });
    expect(res.headers['cache-control']).toBe('private, max-age=15');
    expect(res.headers.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(res.headers.vary).toMatch(/Authorization/);
    expect(loads).toEqual([['zendesk', '4711']]);
  });

  it('answers 304 when the facts did not change, 200 when they did', async () => {
    let score = 40;
    const { server } = app({
      loadView: async (_s, id) => {
        const view = seededView(id);
        return { ...view, generatedAt: new Date().toISOString(), risk: { ...view.risk, score } };
      },
    });
    const first = await get(server);
    const again = await get(server).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    score = 80;
    const changed = await get(server).set('If-None-Match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.body.risk.score).toBe(80);
  });

  it('rejects missing, malformed and wrong tokens with 401', async () => {
    const { server, loads } = app();
    for (const res of [
      await get(server, undefined, null),
      await get(server, undefined, 'wrong'),
      await get(server, undefined, `${TOKEN.slice(0, -1)}X`),
      await request(server).get('/api/context?source=zendesk&ticket=1').set('Authorization', `Basic ${TOKEN}`),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expectErrorBody(res.body, 'unauthorized', /bearer token/);
    }
    expect(loads).toEqual([]);
  });

  it('compares fixed-length digests in constant time, whatever the presented length', async () => {
    const spy = jest.spyOn(hmac, 'safeEqual');
    const { server } = app();
    await get(server, undefined, 'short');
    await get(server, undefined, 'a-much-longer-token-than-the-real-one-0123456789');
    expect(spy).toHaveBeenCalledTimes(2);
    for (const [expected, received] of spy.mock.calls) {
      expect(expected).toMatch(/^[0-9a-f]{64}$/);
      expect(received).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('answers 503 saying how to configure it when SIDEBAR_TOKEN is unset', async () => {
    const { server } = app({ token: undefined });
    const res = await get(server);
    expect(res.status).toBe(503);
    expectErrorBody(res.body, 'not_configured', /set SIDEBAR_TOKEN/);
  });

  it('names the bad query field with 400', async () => {
    const { server, loads } = app();
    const badSource = await get(server, '?source=freshdesk&ticket=1');
    expect(badSource.status).toBe(400);
    expectErrorBody(badSource.body, 'invalid_query', /^invalid query: source/);
    const noTicket = await get(server, '?source=intercom');
    expect(noTicket.status).toBe(400);
    expectErrorBody(noTicket.body, 'invalid_query', /^invalid query: ticket/);
    const hostile = await get(server, `?source=zendesk&ticket=${encodeURIComponent('1; DROP TABLE x')}`);
    expect(hostile.status).toBe(400);
    expectErrorBody(hostile.body, 'invalid_query', /ticket/);
    expect(loads).toEqual([]);
  });

  it('answers 404 for an unknown ticket', async () => {
    const { server } = app();
    const res = await get(server, '?source=zendesk&ticket=404');
    expect(res.status).toBe(404);
    expectErrorBody(res.body, 'unknown_ticket', /^unknown ticket/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('builds the view on the spot for a ticket never seen before (no stored decision)', async () => {
    const decided: string[] = [];
    const loadView = createViewLoader({
      findDecisions: async () => [],
      hydrate: async (_source, id) => ticket(id),
      buildContext: async () => riskContext(),
      decide: (t) => {
        decided.push(t.id);
        return decision();
      },
    });
    const { server } = app({ loadView });
    const res = await get(server, '?source=zendesk&ticket=90210');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('preview');
    expect(res.body.linkedAccounts[0]).toMatchObject({ username: 'shadyseller', status: 'banned' });
    expect(decided).toEqual(['90210']);
  });

  it('answers 503 (not a crash) when loading fails', async () => {
    const { server } = app({
      loadView: async () => {
        throw new Error('database is down');
      },
    });
    const res = await get(server);
    expect(res.status).toBe(503);
    expectErrorBody(res.body, 'unavailable', /retry/);
    expect(JSON.stringify(res.body)).not.toContain('database');
  });

  it('rate-limits per token with 429 and Retry-After, and recovers after the window', async () => {
    let clock = 1_000_000;
    const { server } = app({ ratePerMinute: 3, now: () => clock });
    for (let i = 0; i < 3; i += 1) expect((await get(server)).status).toBe(200);
    clock += 20_000;
    const limited = await get(server);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBe(40);
    expectErrorBody(limited.body, 'rate_limited', /3 requests per minute/);
    clock += 40_000;
    expect((await get(server)).status).toBe(200);
  });
});
