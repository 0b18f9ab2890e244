/**
 * Signed Zendesk webhook in → the exact Zendesk requests out, through the real intake server,
 * queue, worker and adapters (nock for Zendesk, every request checked against the OpenAPI
 * description), with the audit trail and note memory in the embedded database.
 */
import { listFailedJobs, retryFailedJob } from '../../jobs/failed-jobs';
import type { DecisionRecord } from '../../src/audit/types';
import { signZendesk, zendeskCommentAdded, zendeskTicketCreated, uniqueTicketId } from '../helpers/signing';
import { Redis } from 'ioredis';
import { BOT_ID, REDIS_URL, useHarnessWithTraffic, ZD_BASE, ZENDESK_SECRET } from './harness';

const UPDATED_AT = '2026-11-25T10:00:00Z';
const REQUESTER = 501;
const INR_TEXT = 'I paid for a PSA 10 Charizard in the live auction and it never arrived. Tracking has not moved.';

const live = useHarnessWithTraffic();

function ticketBody(id: string, overrides: Record<string, unknown> = {}) {
  return {
    ticket: {
      id: Number(id),
      url: `${ZD_BASE}/api/v2/tickets/${id}.json`,
      subject: 'Card never arrived',
      description: INR_TEXT,
      requester_id: REQUESTER,
      submitter_id: REQUESTER,
      assignee_id: null,
      group_id: 7,
      tags: ['existing'],
      via: { channel: 'web' },
      status: 'open',
      priority: null,
      updated_at: UPDATED_AT,
      custom_fields: [],
      ...overrides,
    },
  };
}

function comments(extra: Array<Record<string, unknown>> = []) {
  return {
    comments: [...extra, { id: 1, author_id: REQUESTER, public: true, body: INR_TEXT, html_body: `<p>${INR_TEXT}</p>`, created_at: '2026-11-25T09:00:00Z' }],
    meta: { has_more: false },
    count: 1 + extra.length,
  };
}

/** The requester read that runs in parallel with a ticket read (answered even when that attempt fails). */
function mockRequester() {
  live.traffic.scope(ZD_BASE).get(`/api/v2/users/${REQUESTER}.json`).reply(200, { user: { id: REQUESTER, name: 'Jane Collector', email: 'jane@example.com', external_id: 'mkt-user-42' } });
}

/** Mocks one full hydration of ticket `id`. */
function mockHydrate(id: string, options: { notes?: string[] } = {}) {
  const scope = live.traffic.scope(ZD_BASE);
  const notes = (options.notes ?? []).map((html, i) => ({ id: 100 + i, author_id: Number(BOT_ID), public: false, body: html, html_body: html, created_at: '2026-11-25T09:30:00Z' }));
  scope.get(`/api/v2/tickets/${id}.json`).reply(200, ticketBody(id));
  scope.get(`/api/v2/tickets/${id}/comments.json`).query(true).reply(200, comments(notes));
  scope.get(`/api/v2/users/${REQUESTER}.json`).reply(200, { user: { id: REQUESTER, name: 'Jane Collector', email: 'jane@example.com', external_id: 'mkt-user-42' } });
  return scope;
}

/** Mocks the write-back of the INR decision (macro inr_claim → 910000000002). */
function mockWriteBack(id: string, updateStatus = 200, updateAnswer: unknown = ticketBody(id, { updated_at: '2026-11-25T10:00:05Z' })) {
  const scope = live.traffic.scope(ZD_BASE);
  scope.get(`/api/v2/tickets/${id}/macros/910000000002/apply.json`).reply(200, { result: { ticket: { id: Number(id), status: 'open', tags: ['existing'] }, comment: { body: 'We are checking with the seller.', html_body: '<p>We are checking with the seller.</p>', public: true } } });
  scope.put(`/api/v2/tickets/${id}.json`).reply(updateStatus, updateAnswer as Record<string, unknown>);
  if (updateStatus === 200) scope.put(`/api/v2/tickets/${id}/tags.json`).reply(200, (_uri: string, body: Record<string, unknown>) => ({ tags: ['existing', ...((body.tags as string[]) ?? [])] }));
  return scope;
}

const post = (payload: object) => live.h.post('/webhooks/zendesk', signZendesk(payload, ZENDESK_SECRET));
const T = (id: string) => `/api/v2/tickets/${id}`;

/** Hydration's three reads run in parallel (any order), then the write-back in its exact order. */
function expectFullSequence(id: string, lines: string[]): void {
  expect(lines.slice(0, 3).sort()).toEqual([`GET ${T(id)}.json`, `GET ${T(id)}/comments.json`, `GET /api/v2/users/${REQUESTER}.json`].sort());
  expect(lines.slice(3)).toEqual([`GET ${T(id)}/macros/910000000002/apply.json`, `PUT ${T(id)}.json`, `PUT ${T(id)}/tags.json`]);
}

describe('worker end to end — Zendesk', () => {
  it('signed webhook in → the exact Zendesk requests out, one internal note with its ref, audit row', async () => {
    const id = uniqueTicketId();
    mockHydrate(id);
    mockWriteBack(id);
    const accepted = await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    expect(accepted.status).toBe(202);
    const [row] = await live.h.waitForDecisions('zendesk', id);
    expect(row).toMatchObject({ outcome: 'written', outcomeDetail: null, intent: 'item_not_received', attempt: 1, jobId: accepted.body.id });
    expectFullSequence(id, live.traffic.lines());
    live.traffic.assertConformantAndDone();
    const update = live.traffic.requests.find((r) => r.method === 'PUT' && r.path === `${T(id)}.json`);
    const ticket = (update?.body as { ticket: Record<string, unknown> }).ticket;
    expect(ticket).toMatchObject({ safe_update: true, updated_stamp: UPDATED_AT, group_id: 900000000005, priority: (row as DecisionRecord).actions?.priority });
    const comment = ticket.comment as { html_body: string; public: boolean };
    expect(comment.public).toBe(false);
    expect(comment.html_body).toContain(`riskdesk ref ${row?.noteRef}`);
    expect(comment.html_body).toContain('We are checking with the seller.'); // macro merged into the same update
    expect(JSON.stringify(ticket)).not.toContain('"tags"'); // tags never replace the agent's
    const tags = live.traffic.requests.find((r) => r.path === `${T(id)}/tags.json`)?.body as { tags: string[] };
    expect(tags.tags).toEqual(expect.arrayContaining(['riskdesk_triaged', 'riskdesk_inr']));
    expect(tags.tags).not.toContain('existing');
    expect(live.traffic.requests[0]?.headers.authorization).toMatch(/^Basic /);
    expect(row?.timings).toEqual(expect.objectContaining({ hydrate: expect.any(Number), context: expect.any(Number), decide: expect.any(Number), writeback: expect.any(Number) }));
  });

  it('redelivery is not enqueued twice, a later event with nothing new writes no second note, our own update is ignored', async () => {
    const id = uniqueTicketId();
    mockHydrate(id);
    mockWriteBack(id);
    const created = zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) });
    expect((await post(created)).status).toBe(202);
    const again = await post(created);
    expect(again.body.duplicate).toBe(true);
    const [first] = await live.h.waitForDecisions('zendesk', id);
    expect(first?.outcome).toBe('written');
    live.traffic.assertConformantAndDone();

    // The customer comments again with nothing material: re-read (the note is now on the ticket), no write.
    mockHydrate(id, { notes: [`<p>note</p><p><small>riskdesk ref ${first?.noteRef}</small></p>`] });
    expect((await post(zendeskCommentAdded({ ticketId: id, body: 'Any update?', authorId: String(REQUESTER), requesterId: String(REQUESTER) }))).status).toBe(202);
    const rows = await live.h.waitForDecisions('zendesk', id, 2);
    expect(rows[0]?.outcome).toBe('unchanged');
    expect(live.traffic.requests.filter((r) => r.method === 'PUT')).toHaveLength(2); // only the first job's

    // Our own note's webhook (author = riskdesk's bot user) is acknowledged and dropped.
    const own = await post(zendeskCommentAdded({ ticketId: id, body: 'riskdesk note', authorId: BOT_ID, actorId: BOT_ID, isPublic: false }));
    expect(own.status).toBe(202);
    expect(own.body.ignored).toBeDefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(await live.h.decisions('zendesk', id)).toHaveLength(2);
    live.traffic.assertConformantAndDone();
  });

  it('429 with Retry-After: the job waits (queue rate limit) without spending an attempt, then writes once', async () => {
    const id = uniqueTicketId();
    live.traffic.scope(ZD_BASE).get(`${T(id)}.json`).reply(429, { error: 'TooManyRequests' }, { 'Retry-After': '1' });
    live.traffic.scope(ZD_BASE).get(`${T(id)}/comments.json`).query(true).reply(200, comments());
    mockRequester();
    mockHydrate(id);
    mockWriteBack(id);
    const started = Date.now();
    await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    const [row] = await live.h.waitForDecisions('zendesk', id, 1, 15_000);
    expect(row).toMatchObject({ outcome: 'written', attempt: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const metrics = await live.h.metrics.registry.getSingleMetricAsString('riskdesk_helpdesk_rate_limited_total');
    expect(metrics).toMatch(/source="zendesk"} [1-9]/);
    expect(live.traffic.requests.filter((r) => r.method === 'PUT' && r.path === `${T(id)}.json`)).toHaveLength(1);
    live.traffic.assertConformantAndDone();
  });

  it('5xx then success: retried with backoff, one note', async () => {
    const id = uniqueTicketId();
    live.traffic.scope(ZD_BASE).get(`${T(id)}.json`).reply(502, '<html>bad gateway</html>');
    live.traffic.scope(ZD_BASE).get(`${T(id)}/comments.json`).query(true).reply(200, comments());
    mockRequester();
    mockHydrate(id);
    mockWriteBack(id);
    await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    const [row] = await live.h.waitForDecisions('zendesk', id, 1, 20_000);
    expect(row).toMatchObject({ outcome: 'written', attempt: 2 });
    expect(live.traffic.requests.filter((r) => r.method === 'PUT' && r.path === `${T(id)}.json`)).toHaveLength(1);
    live.traffic.assertConformantAndDone();
  });

  it('409 on safe_update: re-reads, re-decides and writes once', async () => {
    const id = uniqueTicketId();
    mockHydrate(id);
    mockWriteBack(id, 409, { error: 'UpdateConflict', description: 'Ticket was updated since you last read it' });
    mockHydrate(id);
    mockWriteBack(id);
    await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    const [row] = await live.h.waitForDecisions('zendesk', id);
    expect(row).toMatchObject({ outcome: 'written', attempt: 1 });
    const lines = live.traffic.lines();
    expectFullSequence(id, [...lines.slice(0, 5), ...lines.slice(10)]);
    expect(lines.slice(5, 10)).toEqual(lines.slice(0, 5));
    live.traffic.assertConformantAndDone();
  });

  it('a ticket locked by another worker is not waited for: the job moves to delayed, then runs once the lock is gone', async () => {
    const id = uniqueTicketId();
    const lockKey = `${live.h.prefix}:lock:ticket:zendesk:${id}`;
    const redis = new Redis(REDIS_URL);
    await redis.set(lockKey, 'another-worker', 'PX', 30_000);
    const accepted = await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    const job = await live.h.worker.queue.getJob(String(accepted.body.id));
    await new Promise((r) => setTimeout(r, 400));
    expect(await job?.getState()).toMatch(/delayed|waiting|prioritized|active/);
    expect(await live.h.decisions('zendesk', id)).toHaveLength(0);
    expect(live.traffic.requests).toHaveLength(0);
    mockHydrate(id);
    mockWriteBack(id);
    await redis.del(lockKey);
    await redis.quit();
    const [row] = await live.h.waitForDecisions('zendesk', id);
    expect(row).toMatchObject({ outcome: 'written', attempt: 1 });
    live.traffic.assertConformantAndDone();
  });

  it('permanent 4xx: fails at once with the status and the helpdesk answer in the audit; retry re-queues it', async () => {
    const id = uniqueTicketId();
    mockHydrate(id);
    mockWriteBack(id, 422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Group is invalid' }] } });
    const accepted = await post(zendeskTicketCreated({ ticketId: id, requesterId: String(REQUESTER) }));
    const [row] = await live.h.waitForDecisions('zendesk', id);
    expect(row).toMatchObject({ outcome: 'failed', failureStatus: 422, attempt: 1, intent: 'item_not_received' });
    expect(row?.failureSummary).toContain('RecordInvalid');
    live.traffic.assertConformantAndDone();
    const jobId = String(accepted.body.id);
    const failed = await listFailedJobs(live.h.worker.queue, 50);
    expect(failed.find((j) => j.id === jobId)).toMatchObject({ ticketId: id, source: 'zendesk', attempts: 1 });

    mockHydrate(id);
    mockWriteBack(id);
    await retryFailedJob(live.h.worker.queue, jobId);
    const rows = await live.h.waitForDecisions('zendesk', id, 2);
    expect(rows[0]).toMatchObject({ outcome: 'written', attempt: 2 });
    live.traffic.assertConformantAndDone();
  });
});
