/**
 * Intercom end to end (exact requests, coalesced events → one note) and shadow mode (everything
 * decided and recorded, nothing sent), through the real intake server, queue and worker.
 */
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';
import { intercomUserCreated, intercomUserReplied, signIntercom, signZendesk, uniqueTicketId, zendeskTicketCreated } from '../helpers/signing';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { ADMIN_ID, IC_BASE, INTERCOM_SECRET, startHarness, ZENDESK_SECRET, type Harness } from './harness';

const CONTACT = '6777a9c2e1b5f0a1c3d4e5f6';
const FAKE_TEXT = '<p>My Jordan 1 sneakers from the live drop are fake, counterfeit stitching, and the seller blocked me</p>';

let testDb: TestDb;
let live: Harness;
let shadow: Harness;
let traffic: HelpdeskTraffic;

beforeAll(async () => {
  testDb = await createTestDb('pglite');
  [live, shadow] = await Promise.all([
    startHarness(testDb.db, { COALESCE_MS: '400' }),
    startHarness(testDb.db, { WRITEBACK_MODE: 'shadow', ZENDESK_API_URL: '', ZENDESK_EMAIL: '', ZENDESK_API_TOKEN: '', INTERCOM_ACCESS_TOKEN: '' }),
  ]);
}, 90_000);
afterAll(async () => {
  await Promise.all([live?.close(), shadow?.close()]);
  await testDb?.cleanup();
});
beforeEach(() => {
  traffic = new HelpdeskTraffic();
});
afterEach(() => traffic?.dispose());

function conversation(id: string, parts: Array<Record<string, unknown>> = []) {
  return {
    type: 'conversation',
    id,
    created_at: 1764000000,
    updated_at: 1764064800,
    title: null,
    state: 'open',
    open: true,
    priority: 'not_priority',
    tags: { type: 'tag.list', tags: [{ type: 'tag', id: '3', name: 'vip' }] },
    source: { type: 'conversation', id: '403918330', delivered_as: 'customer_initiated', subject: '', body: FAKE_TEXT, author: { type: 'user', id: CONTACT, name: 'Alex' }, attachments: [], redacted: false },
    contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: CONTACT, external_id: 'usr_90311' }] },
    custom_attributes: {},
    conversation_parts: { type: 'conversation_part.list', total_count: parts.length, conversation_parts: parts },
  };
}

function mockIntercom(id: string) {
  const scope = traffic.scope(IC_BASE);
  scope.get(`/conversations/${id}`).query(true).reply(200, conversation(id));
  scope.get(`/contacts/${CONTACT}`).reply(200, { type: 'contact', id: CONTACT, external_id: 'usr_90311', role: 'user', email: 'alex.bidder@example.org', name: 'Alex Bidder' });
  let tagSeq = 100;
  scope.post('/tags').times(20).optionally().reply(200, (_uri, body) => ({ type: 'tag', id: String(tagSeq++), name: (body as { name: string }).name }));
  scope.post(`/conversations/${id}/tags`).times(20).optionally().reply(200, { type: 'tag', id: '1', name: 'x' });
  scope.post(`/conversations/${id}/parts`).reply(200, conversation(id));
  scope.post(`/conversations/${id}/reply`).reply(200, conversation(id));
}

describe('worker end to end — Intercom', () => {
  it('coalesced events → one job, the exact Intercom requests, one note as riskdesk\'s admin', async () => {
    const id = uniqueTicketId();
    mockIntercom(id);
    const created = await live.post('/webhooks/intercom', signIntercom(intercomUserCreated({ conversationId: id, body: FAKE_TEXT }), INTERCOM_SECRET));
    const replied = await live.post('/webhooks/intercom', signIntercom(intercomUserReplied({ conversationId: id, body: '<p>hello??</p>' }), INTERCOM_SECRET));
    expect([created.status, replied.status]).toEqual([202, 202]);
    const [row] = await live.waitForDecisions('intercom', id, 1, 15_000);
    await new Promise((r) => setTimeout(r, 600)); // a second job, if any, would land now
    const rows = await live.decisions('intercom', id);
    expect(rows).toHaveLength(1);
    expect(row).toMatchObject({ outcome: 'written', intent: 'counterfeit' });
    expect(row?.eventIds.length).toBe(2); // both deliveries stand behind the one job

    const tags = (row?.actions?.tags ?? []).filter((t) => t !== 'vip');
    const expected = [`GET /conversations/${id}`, `GET /contacts/${CONTACT}`, ...tags.flatMap(() => ['POST /tags', `POST /conversations/${id}/tags`]), `POST /conversations/${id}/parts`, `POST /conversations/${id}/reply`];
    expect(traffic.lines()).toEqual(expected);
    traffic.assertConformantAndDone();
    const reply = traffic.requests.find((r) => r.path.endsWith('/reply'));
    expect(reply?.body).toMatchObject({ message_type: 'note', type: 'admin', admin_id: ADMIN_ID });
    expect(String((reply?.body as { body: string }).body)).toContain(`riskdesk ref ${row?.noteRef}`);
    expect(traffic.requests.find((r) => r.path.endsWith('/parts'))?.body).toEqual({ message_type: 'assignment', type: 'team', admin_id: ADMIN_ID, assignee_id: '9000002' });
    expect(traffic.requests.filter((r) => r.path === '/tags').map((r) => (r.body as { name: string }).name)).toEqual(tags);
    expect(reply?.headers['intercom-version']).toBe('2.14');
    expect(reply?.headers.authorization).toBe('Bearer intercom-access-token');
  });
});

describe('shadow mode', () => {
  it('decides and records every ticket but sends nothing to any helpdesk', async () => {
    const zd = uniqueTicketId();
    const ic = uniqueTicketId();
    expect((await shadow.post('/webhooks/zendesk', signZendesk(zendeskTicketCreated({ ticketId: zd }), ZENDESK_SECRET))).status).toBe(202);
    expect((await shadow.post('/webhooks/intercom', signIntercom(intercomUserCreated({ conversationId: ic, body: FAKE_TEXT }), INTERCOM_SECRET))).status).toBe(202);
    const [zdRow] = await shadow.waitForDecisions('zendesk', zd);
    const [icRow] = await shadow.waitForDecisions('intercom', ic);
    expect(zdRow).toMatchObject({ outcome: 'shadow', outcomeDetail: 'would-write' });
    expect(icRow).toMatchObject({ outcome: 'shadow', intent: 'counterfeit' });
    expect(zdRow?.intent).toEqual(expect.any(String));
    expect(traffic.requests).toHaveLength(0);
    expect(traffic.unmatched).toHaveLength(0);
  });
});
