import { PermanentHelpdeskError, RateLimitedError, TransientHelpdeskError } from '../../src/helpdesk';
import { createIntercomApi, type IntercomApi } from '../../src/helpdesk/intercom/api';
import { hydrateIntercomConversation } from '../../src/helpdesk/intercom/hydrate';
import { writeBackIntercom, type IntercomWriteBackInput } from '../../src/helpdesk/intercom/write-back';
import type { RequestPacer } from '../../src/helpdesk/types';
import type { Ticket } from '../../src/domain/ticket';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { ADMIN_ID, CONTACT_ID, IC_BASE, icContact, icConversation, icTag } from './intercom-fixtures';

const C = '/conversations/1911149811';
let traffic: HelpdeskTraffic;
let acquired: number;
const pacer: RequestPacer = { acquire: async () => void (acquired += 1) };

function makeApi(version = '2.14', timeoutInSeconds = 2): IntercomApi {
  return createIntercomApi({ token: 'ic-secret-token', adminId: ADMIN_ID, apiUrl: IC_BASE, version, pacer, timeoutInSeconds });
}

beforeEach(() => {
  traffic = new HelpdeskTraffic();
  acquired = 0;
});

afterEach(() => {
  try {
    traffic.assertConformantAndDone();
  } finally {
    traffic.dispose();
  }
});

const ticket: Ticket = { source: 'intercom', id: '1911149811', channel: 'messenger', subject: '', text: 't', requester: {}, tags: ['vip'] };

function input(overrides: Partial<IntercomWriteBackInput> = {}): IntercomWriteBackInput {
  return { ticket, noteHtml: '<p>Risk <b>high</b> rd-aaaabbbbccccdddd</p><table><tr><td>score</td><td>80</td></tr></table>', teamId: '5001', tags: ['rd_risk_high', 'VIP'], priority: 'urgent', customAttributes: { risk_score: 80, risk_level: 'high' }, macroIds: [], ...overrides };
}

describe('hydrateIntercomConversation', () => {
  it('reads the conversation and its contact into the neutral ticket', async () => {
    const scope = traffic.scope(IC_BASE);
    scope.get(C).reply(200, icConversation());
    scope.get(`/contacts/${CONTACT_ID}`).reply(200, icContact());
    const result = await hydrateIntercomConversation(makeApi(), '1911149811');
    expect(result).toEqual({
      source: 'intercom',
      id: '1911149811',
      channel: 'messenger',
      subject: '',
      text: 'My sneakers from the live drop are fake & the seller blocked me\n\nPhotos attached, order B-9931',
      requester: { helpdeskUserId: CONTACT_ID, email: 'sam@example.com', name: 'Sam Sneakerhead', externalId: 'mkt-77' },
      tags: ['vip'],
      updatedAt: new Date(1764064800 * 1000).toISOString(),
      status: 'open',
      priority: 'not_priority',
      existingNoteRefs: ['rd-aaaabbbbccccdddd'],
    });
    expect(traffic.requests[0]?.headers.authorization).toBe('Bearer ic-secret-token');
    expect(traffic.requests[0]?.headers['intercom-version']).toBe('2.14');
    expect(acquired).toBe(2);
  });

  it('404 on the conversation → PermanentHelpdeskError with Intercom\'s answer', async () => {
    traffic.scope(IC_BASE).get(C).reply(404, { type: 'error.list', errors: [{ code: 'conversation_not_found', message: 'Conversation Not Found' }] });
    const error = await hydrateIntercomConversation(makeApi(), '1911149811').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentHelpdeskError);
    expect((error as PermanentHelpdeskError).vendorAnswer).toContain('conversation_not_found');
  });
});

describe('writeBackIntercom', () => {
  it('on 2.14: tags (found or created, cached), team assignment, attributes, note last; priority and macros skipped', async () => {
    const api = makeApi('2.14');
    const scope = traffic.scope(IC_BASE);
    scope.post('/tags', { name: 'rd_risk_high' }).once().reply(200, icTag('17', 'rd_risk_high'));
    scope.post(`${C}/tags`).twice().reply(200, icTag('17', 'rd_risk_high'));
    scope.post(`${C}/parts`).twice().reply(200, icConversation());
    scope.put(C).twice().reply(200, icConversation());
    scope.post(`${C}/reply`).twice().reply(200, icConversation());

    const report = await writeBackIntercom(api, input({ macroIds: ['m1'] }));
    expect(traffic.lines()).toEqual(['POST /tags', `POST ${C}/tags`, `POST ${C}/parts`, `PUT ${C}`, `POST ${C}/reply`]);
    const bodies = traffic.requests.map((r) => r.body);
    expect(bodies[1]).toEqual({ id: '17', admin_id: ADMIN_ID });
    expect(bodies[2]).toEqual({ message_type: 'assignment', type: 'team', admin_id: ADMIN_ID, assignee_id: '5001' });
    expect(bodies[3]).toEqual({ custom_attributes: { risk_score: 80, risk_level: 'high' } });
    expect(bodies[4]).toEqual({ message_type: 'note', type: 'admin', admin_id: ADMIN_ID, body: '<p>Risk <b>high</b> rd-aaaabbbbccccdddd</p>score 80' });
    expect(report.skipped?.map((s) => s.step).sort()).toEqual(['macros', 'priority']);
    expect(report.requests.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);

    // Same process, second write-back: the tag id comes from the cache, no POST /tags.
    await writeBackIntercom(api, input());
    expect(traffic.lines().slice(5)).toEqual([`POST ${C}/tags`, `POST ${C}/parts`, `PUT ${C}`, `POST ${C}/reply`]);
    expect(acquired).toBe(9);
  });

  it('on Unstable: priority goes in the update and macro bodies join the note as suggested replies', async () => {
    const scope = traffic.scope(IC_BASE);
    scope.get('/macros/m1').reply(200, { type: 'macro', id: 'm1', name: 'Counterfeit intake', body: '<p>Hi, please send <b>photos</b> & the tag.</p>', body_text: 'Hi, please send photos & the tag.' });
    scope.put(C, { priority: 'urgent' }).reply(200, icConversation());
    scope.post(`${C}/reply`).reply(200, icConversation());
    const report = await writeBackIntercom(makeApi('Unstable'), input({ tags: [], teamId: undefined, customAttributes: {}, macroIds: ['m1'], noteHtml: '<p>n</p>' }));
    expect(report.skipped).toBeUndefined();
    expect(traffic.requests.every((r) => r.headers['intercom-version'] === 'Unstable')).toBe(true);
    expect(traffic.requests.at(-1)?.body).toMatchObject({ body: '<p>n</p><p><b>Suggested reply (macro Counterfeit intake)</b></p><p>Hi, please send photos &amp; the tag.</p>' });
  });

  it('sends no note when the worker decided against one', async () => {
    traffic.scope(IC_BASE).post(`${C}/parts`).reply(200, icConversation());
    const report = await writeBackIntercom(makeApi(), input({ noteHtml: null, tags: ['vip'], customAttributes: {}, priority: undefined }));
    expect(traffic.lines()).toEqual([`POST ${C}/parts`]);
    expect(report.requests).toHaveLength(1);
  });
});

describe('Intercom failures (the SDK must not retry: retries belong to the queue)', () => {
  it('a failing step reports the requests that already succeeded, and no note is written before it', async () => {
    const scope = traffic.scope(IC_BASE);
    scope.post('/tags').reply(200, icTag('17', 'rd_risk_high'));
    scope.post(`${C}/tags`).reply(200, icTag('17', 'rd_risk_high'));
    scope.post(`${C}/parts`).reply(500, { type: 'error.list', errors: [{ code: 'server_error' }] });
    const error = await writeBackIntercom(makeApi(), input()).catch((e: unknown) => e);
    expect(error).toMatchObject({ constructor: TransientHelpdeskError, operation: 'assign_team', status: 500 });
    expect((error as TransientHelpdeskError).sentRequests).toEqual([
      { method: 'POST', path: '/tags', status: 200 },
      { method: 'POST', path: `${C}/tags`, status: 200 },
    ]);
    expect(traffic.lines()).not.toContain(`POST ${C}/reply`);
  });

  it('a pacer that refuses (budget spent) stops the request and its RateLimitedError reaches the caller unchanged', async () => {
    const spent = new RateLimitedError({ source: 'intercom', operation: 'pacer', retryAfterMs: 1234 });
    const api = createIntercomApi({ token: 't', adminId: ADMIN_ID, apiUrl: IC_BASE, version: '2.14', pacer: { acquire: () => Promise.reject(spent) } });
    await expect(api.replyNote('1911149811', '<p>x</p>')).rejects.toBe(spent);
    expect(traffic.requests).toHaveLength(0);
  });

  it('a 5xx on the note reply is seen exactly once and is Transient', async () => {
    traffic.scope(IC_BASE).post(`${C}/reply`).once().reply(503, { type: 'error.list', errors: [{ code: 'service_unavailable' }] });
    await expect(makeApi().replyNote('1911149811', '<p>x</p>')).rejects.toMatchObject({ constructor: TransientHelpdeskError, status: 503, operation: 'reply_note' });
    expect(traffic.requests).toHaveLength(1);
    expect(acquired).toBe(1);
  });

  it('429 with X-RateLimit-Reset → RateLimitedError until the reset, one request', async () => {
    const reset = Math.floor(Date.now() / 1000) + 8;
    traffic.scope(IC_BASE).post('/tags').once().reply(429, { type: 'error.list', errors: [{ code: 'rate_limit_exceeded' }] }, { 'X-RateLimit-Reset': String(reset), 'X-RateLimit-Remaining': '0' });
    const error = await makeApi().findOrCreateTagId('rd_new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(6000);
    expect((error as RateLimitedError).retryAfterMs).toBeLessThanOrEqual(8000);
    expect(traffic.requests).toHaveLength(1);
  });

  it('429 with Retry-After → that wait', async () => {
    traffic.scope(IC_BASE).put(C).once().reply(429, {}, { 'Retry-After': '3' });
    await expect(makeApi().updateConversation('1911149811', { custom_attributes: { a: 1 } })).rejects.toMatchObject({ constructor: RateLimitedError, retryAfterMs: 3000 });
  });

  it('a timeout → Transient', async () => {
    traffic.scope(IC_BASE).get(C).delay(400).reply(200, icConversation());
    await expect(makeApi('2.14', 0.2).findConversation('1911149811')).rejects.toBeInstanceOf(TransientHelpdeskError);
  });

  it('connection refused → Transient', async () => {
    // Short timeout: intercom-client leaves its timeout timer running when fetch rejects.
    const api = createIntercomApi({ token: 't', adminId: ADMIN_ID, apiUrl: 'http://127.0.0.1:9', version: '2.14', pacer, timeoutInSeconds: 0.3 });
    await expect(api.findContact('x')).rejects.toBeInstanceOf(TransientHelpdeskError);
  });

  it('401 → Permanent, token never in the message', async () => {
    traffic.scope(IC_BASE).get(`/contacts/${CONTACT_ID}`).reply(401, { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
    const error = await makeApi().findContact(CONTACT_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentHelpdeskError);
    expect(JSON.stringify(error)).not.toContain('ic-secret-token');
    expect((error as Error).message).not.toContain('ic-secret-token');
  });
});
