import { createClient } from 'node-zendesk';
import { classifyHelpdeskFailure, ConflictError, PermanentHelpdeskError, RateLimitedError, TransientHelpdeskError } from '../../src/helpdesk';
import type { RequestPacer } from '../../src/helpdesk/types';
import { createZendeskApi, type ZendeskApi } from '../../src/helpdesk/zendesk/api';
import { hydrateZendeskTicket } from '../../src/helpdesk/zendesk/hydrate';
import { writeBackZendesk } from '../../src/helpdesk/zendesk/write-back';
import type { Ticket } from '../../src/domain/ticket';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { BOT_ID, REQUESTER_ID, UPDATED_AT, ZD_BASE, zdComments, zdMacroApply, zdTicket, zdUser } from './zendesk-fixtures';

const T = '/api/v2/tickets/123';
let traffic: HelpdeskTraffic;
let acquired: string[];
let api: ZendeskApi;
const pacer: RequestPacer = { acquire: async (source) => void acquired.push(source) };

beforeEach(() => {
  traffic = new HelpdeskTraffic();
  acquired = [];
  api = createZendeskApi({ apiUrl: ZD_BASE, email: 'bot@riskdesk.test', token: 'zd-secret-token', pacer, timeoutMs: 300 });
});

afterEach(() => {
  try {
    traffic.assertConformantAndDone();
  } finally {
    traffic.dispose();
  }
});

function hydratedTicket(overrides: Partial<Ticket> = {}): Ticket {
  return { source: 'zendesk', id: '123', channel: 'email', subject: 's', text: 't', requester: {}, tags: ['existing', 'vip'], updatedAt: UPDATED_AT, status: 'open', ...overrides };
}

describe('hydrateZendeskTicket', () => {
  function mockHydration() {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}.json`).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, zdUser());
    return scope;
  }

  it('reads ticket, latest comments and requester into the neutral ticket, pacing every request', async () => {
    mockHydration();
    const ticket = await hydrateZendeskTicket(api, '123', {}, { botUserId: String(BOT_ID) });
    expect(ticket).toEqual({
      source: 'zendesk',
      id: '123',
      channel: 'email',
      subject: 'Card never arrived',
      text: 'I paid for a PSA 10 Charizard in the live auction and it never arrived.\n\nOrder #A-5521, paid by card.\n\nAny update? Seller stopped answering.',
      requester: { helpdeskUserId: String(REQUESTER_ID), email: 'jane@example.com', name: 'Jane Collector', externalId: 'mkt-user-42' },
      tags: ['existing', 'vip'],
      updatedAt: UPDATED_AT,
      status: 'open',
      priority: undefined,
      existingNoteRefs: ['rd-0123abcd4567ef89'],
    });
    expect(acquired).toEqual(['zendesk', 'zendesk', 'zendesk']);
    const comments = traffic.requests.find((r) => r.path.endsWith('/comments.json'));
    expect(comments?.query.get('sort_order')).toBe('desc');
    const auth = traffic.requests[0]?.headers.authorization ?? '';
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString()).toBe('bot@riskdesk.test/token:zd-secret-token');
  });

  it('reads the requester the webhook named in parallel with the ticket, not after it', async () => {
    const scope = traffic.scope(ZD_BASE);
    const started = Date.now();
    let userAskedAfterMs = Infinity;
    scope.get(`${T}.json`).delay(200).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).delay(200).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, () => {
      userAskedAfterMs = Date.now() - started;
      return zdUser();
    });
    const ticket = await hydrateZendeskTicket(api, '123', { requester: { helpdeskUserId: String(REQUESTER_ID) } });
    expect(userAskedAfterMs).toBeLessThan(150);
    expect(ticket.requester).toMatchObject({ email: 'jane@example.com', externalId: 'mkt-user-42' });
    expect(traffic.lines()).toHaveLength(3);
  });

  it('when the ticket names another requester than the webhook did, the ticket wins', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}.json`).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).reply(200, zdComments());
    scope.get('/api/v2/users/777.json').reply(200, { user: { id: 777, name: 'Previous Requester', email: 'old@example.com' } });
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, zdUser());
    const ticket = await hydrateZendeskTicket(api, '123', { requester: { helpdeskUserId: '777' } });
    expect(ticket.requester).toMatchObject({ helpdeskUserId: String(REQUESTER_ID), email: 'jane@example.com' });
  });

  it('a failed early requester read fails the hydration like a late one would', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}.json`).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(503, { error: 'unavailable' });
    await expect(hydrateZendeskTicket(api, '123', { requester: { helpdeskUserId: String(REQUESTER_ID) } })).rejects.toBeInstanceOf(TransientHelpdeskError);
  });

  it("keeps the requester's locale when Zendesk has one (it picks crisis helplines)", async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}.json`).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).reply(200, zdComments());
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(200, { user: { ...zdUser().user, locale: 'en-GB' } });
    expect((await hydrateZendeskTicket(api, '123')).locale).toBe('en-GB');
  });

  it('counts any internal note when the bot user id is unknown', async () => {
    mockHydration();
    const ticket = await hydrateZendeskTicket(api, '123');
    expect(ticket.existingNoteRefs?.sort()).toEqual(['rd-0123abcd4567ef89', 'rd-ffffffffffffffff']);
  });

  it('keeps the webhook requester when the user is gone (404)', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}.json`).reply(200, zdTicket());
    scope.get(`${T}/comments.json`).query(true).reply(200, { comments: [] });
    scope.get(`/api/v2/users/${REQUESTER_ID}.json`).reply(404, { error: 'RecordNotFound' });
    const ticket = await hydrateZendeskTicket(api, '123', { requester: { email: 'from-webhook@example.com' } });
    expect(ticket.requester).toEqual({ email: 'from-webhook@example.com', helpdeskUserId: String(REQUESTER_ID) });
    expect(ticket.text).toBe('I paid for a PSA 10 Charizard in the live auction and it never arrived.');
  });

  it('rejects a non-numeric ticket id before sending anything', async () => {
    await expect(hydrateZendeskTicket(api, '12/../3')).rejects.toBeInstanceOf(PermanentHelpdeskError);
    expect(traffic.requests).toHaveLength(0);
  });
});

describe('writeBackZendesk', () => {
  it('merges macros into ONE safe update with the internal note, then adds tags with an object body', async () => {
    const scope = traffic.scope(ZD_BASE);
    scope.get(`${T}/macros/11/apply.json`).reply(200, zdMacroApply({ status: 'pending', priority: 'low', tags: ['existing', 'vip', 'macro_tag'], customFields: [{ id: 300, value: 'macro' }], comment: 'Hi <b>there</b>\nWe are on it.' }));
    scope.get(`${T}/macros/12/apply.json`).reply(200, zdMacroApply({}));
    scope.put(`${T}.json`).reply(200, zdTicket({ updated_at: '2026-11-25T10:00:05Z' }));
    scope.put(`${T}/tags.json`).reply(200, { tags: ['existing', 'vip', 'macro_tag', 'rd_risk_high'] });

    const report = await writeBackZendesk(api, {
      ticket: hydratedTicket(),
      noteHtml: '<p>Risk: high (rd-0123abcd4567ef89)</p>',
      priority: 'urgent',
      groupId: 42,
      tags: ['rd_risk_high', 'existing'],
      macroIds: [11, 12],
      customFields: [{ id: 300, value: 80 }, { id: 301, value: 'high' }],
    });

    const update = traffic.requests.find((r) => r.method === 'PUT' && r.path === `${T}.json`);
    expect(update?.body).toEqual({
      ticket: {
        comment: {
          html_body: '<p>Risk: high (rd-0123abcd4567ef89)</p><h3>Suggested reply (macro 11)</h3><blockquote><p>Hi &lt;b&gt;there&lt;/b&gt;<br>We are on it.</p></blockquote>',
          public: false,
        },
        status: 'pending',
        priority: 'urgent',
        group_id: 42,
        // macro 12's unset field 111 is not sent; our 300 beats macro 11's value
        custom_fields: [{ id: 300, value: 80 }, { id: 301, value: 'high' }],
        safe_update: true,
        updated_stamp: UPDATED_AT,
      },
    });
    expect(JSON.stringify(update?.body)).not.toContain('"tags"');
    expect(traffic.requests.find((r) => r.path === `${T}/tags.json`)?.body).toEqual({ tags: ['macro_tag', 'rd_risk_high'] });
    expect(traffic.lines()).toEqual([`GET ${T}/macros/11/apply.json`, `GET ${T}/macros/12/apply.json`, `PUT ${T}.json`, `PUT ${T}/tags.json`]);
    expect(report.requests).toEqual([
      { method: 'GET', path: `${T}/macros/11/apply`, status: 200 },
      { method: 'GET', path: `${T}/macros/12/apply`, status: 200 },
      { method: 'PUT', path: T, status: 200 },
      { method: 'PUT', path: `${T}/tags`, status: 200 },
    ]);
    expect(acquired).toHaveLength(4);
  });

  it('sends no comment when the worker decided against a note, and no tag request when nothing is new', async () => {
    traffic.scope(ZD_BASE).put(`${T}.json`).reply(200, zdTicket());
    const report = await writeBackZendesk(api, { ticket: hydratedTicket(), noteHtml: null, priority: 'high', tags: ['vip'], macroIds: [], customFields: [] });
    expect(traffic.requests[0]?.body).toEqual({ ticket: { priority: 'high', safe_update: true, updated_stamp: UPDATED_AT } });
    expect(report.requests).toHaveLength(1);
  });

  it('turns a 409 on the safe update into ConflictError and sends no tags', async () => {
    traffic.scope(ZD_BASE).put(`${T}.json`).reply(409, { error: 'UpdateConflict', description: 'Ticket was updated since you last read it' });
    const failure = writeBackZendesk(api, { ticket: hydratedTicket(), noteHtml: '<p>n</p>', priority: 'high', tags: ['rd_x'], macroIds: [], customFields: [] });
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toMatchObject({ status: 409, operation: 'update_ticket', source: 'zendesk' });
    expect(traffic.lines()).toEqual([`PUT ${T}.json`]);
  });
});

describe('Zendesk failures', () => {
  it('a pacer that refuses (budget spent) stops the request and its RateLimitedError reaches the caller unchanged', async () => {
    const spent = new RateLimitedError({ source: 'zendesk', operation: 'pacer', retryAfterMs: 1234 });
    const refusing = createZendeskApi({ apiUrl: ZD_BASE, email: 'e@x.test', token: 't', pacer: { acquire: () => Promise.reject(spent) } });
    await expect(refusing.updateTicket('123', { priority: 'low', safe_update: true, updated_stamp: UPDATED_AT })).rejects.toBe(spent);
    expect(traffic.requests).toHaveLength(0);
  });

  it('429 with Retry-After → RateLimitedError with that wait', async () => {
    traffic.scope(ZD_BASE).get(`${T}.json`).reply(429, { error: 'TooManyRequests' }, { 'Retry-After': '7' });
    await expect(api.showTicket('123')).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterMs: 7000, status: 429 });
  });

  it('429 with an HTTP-date Retry-After → the time until then', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    traffic.scope(ZD_BASE).put(`${T}/tags.json`).reply(429, '', { 'Retry-After': at });
    const error = await api.addTags('123', ['a']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(25_000);
    expect((error as RateLimitedError).retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('node-zendesk alone RESOLVES a 429 as an Error; the classifier still makes it a RateLimitedError', async () => {
    traffic.scope(ZD_BASE).get(`${T}.json`).reply(429, { error: 'TooManyRequests' }, { 'Retry-After': '5', 'Content-Type': 'application/json' });
    // node-zendesk's own response handling over plain fetch (its default adapter, minus cross-fetch).
    const transportConfig = {
      transportFn: (uri: string, init: { method: string; headers: Record<string, string> }) => fetch(uri, { method: init.method, headers: init.headers }),
      responseAdapter: (response: Response) => ({ json: () => response.json(), status: response.status, headers: { get: (name: string) => response.headers.get(name) }, statusText: response.statusText }),
    };
    const raw = createClient({ username: 'bot@riskdesk.test', token: 't', endpointUri: `${ZD_BASE}/api/v2`, throwOriginalException: true, transportConfig });
    const answer = (await raw.tickets.show(123)) as unknown as { result: unknown };
    expect(answer.result).toBeInstanceOf(Error); // the trap: no throw
    expect(classifyHelpdeskFailure(answer.result, { source: 'zendesk', operation: 'show_ticket' })).toBeInstanceOf(RateLimitedError);
  });

  it('a 2xx carrying Retry-After is a success, not the fake 429 node-zendesk would make of it', async () => {
    traffic.scope(ZD_BASE).get(`${T}.json`).reply(200, zdTicket(), { 'Retry-After': '3' });
    await expect(api.showTicket('123')).resolves.toMatchObject({ data: { id: 123 } });
  });

  it.each([500, 502, 503, 504])('%i → TransientHelpdeskError (node-zendesk would read 502/504 as success)', async (status) => {
    traffic.scope(ZD_BASE).get(`${T}.json`).reply(status, '<html>bad gateway</html>');
    await expect(api.showTicket('123')).rejects.toMatchObject({ constructor: TransientHelpdeskError, status });
  });

  it.each([
    [422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Comment limit reached' }] } }],
    [403, { error: 'Forbidden', description: 'You do not have access to this page' }],
  ])('%i → PermanentHelpdeskError carrying the helpdesk answer', async (status, answer) => {
    traffic.scope(ZD_BASE).put(`${T}.json`).reply(status, answer);
    const error = await api.updateTicket('123', { priority: 'high', safe_update: true, updated_stamp: UPDATED_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentHelpdeskError);
    expect(error).toMatchObject({ status, operation: 'update_ticket' });
    expect((error as PermanentHelpdeskError).vendorAnswer).toContain(answer.description);
    expect((error as Error).message).not.toContain('zd-secret-token');
  });

  it('a timeout → TransientHelpdeskError', async () => {
    traffic.scope(ZD_BASE).get(`${T}.json`).delay(700).reply(200, zdTicket());
    await expect(api.showTicket('123')).rejects.toBeInstanceOf(TransientHelpdeskError);
  });

  it('connection refused → TransientHelpdeskError', async () => {
    const refused = createZendeskApi({ apiUrl: 'http://127.0.0.1:9', email: 'e@x.test', token: 't', pacer, timeoutMs: 2000 });
    await expect(refused.showTicket('123')).rejects.toMatchObject({ constructor: TransientHelpdeskError, source: 'zendesk' });
  });

  it('an answer of the wrong shape → PermanentHelpdeskError naming the field', async () => {
    traffic.scope(ZD_BASE).get(`${T}.json`).reply(200, { ticket: { id: 'not-a-number' } });
    await expect(api.showTicket('123')).rejects.toThrow(/unexpected response shape \(id/);
  });
});

