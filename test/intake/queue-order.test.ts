import { Worker } from 'bullmq';
import { openJobData } from '../../jobs/intake-job';
import { CRISIS_PRIORITY, INTAKE_QUEUE_NAME, NORMAL_PRIORITY } from '../../jobs/intake-queue';
import { createRedisConnection } from '../../src/server/redis-connection';
import { signZendesk, uniqueTicketId, zendeskCommentAdded } from '../helpers/signing';
import { startTestIntake, TEST_REDIS_URL, waitFor, ZENDESK_SECRET, type TestIntake } from './support';

const ZD = '/webhooks/zendesk';
const CRISIS_TEXT = 'I lost everything on this auction and I want to kill myself';

async function processOrder(intake: TestIntake, expected: number): Promise<string[]> {
  const connection = createRedisConnection(TEST_REDIS_URL, 'worker');
  const seen: string[] = [];
  const worker = new Worker(INTAKE_QUEUE_NAME, async (job) => void seen.push(String(job.id)), { connection, prefix: intake.prefix, concurrency: 1 });
  try {
    await waitFor(() => seen.length >= expected, 8000);
  } finally {
    await worker.close();
    connection.disconnect();
  }
  return seen;
}

// A window wide enough that three requests in a row fall inside it even on a slow, loaded CI machine.
const COALESCE_MS = 2000;

describe(`intake: coalescing per ticket (COALESCE_MS=${COALESCE_MS})`, () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ COALESCE_MS: String(COALESCE_MS) });
  });
  afterAll(async () => intake.close());

  test('events for one ticket within the window become one delayed job carrying the latest state and every delivery id', async () => {
    const ticketId = uniqueTicketId();
    const bodies = ['first message', 'second message', 'third and latest message'];
    const payloads = bodies.map((body) => zendeskCommentAdded({ ticketId, body }));
    const responses = [];
    for (const payload of payloads) responses.push(await intake.post(ZD, signZendesk(payload, ZENDESK_SECRET)));
    expect(responses.map((r) => r.status)).toEqual([202, 202, 202]);
    const delayed = await intake.handle.queue.getJobs(['delayed']);
    const forTicket = delayed.filter((job) => job.data.ticketId === ticketId);
    expect(forTicket).toHaveLength(1);
    const job = forTicket[0];
    expect(job?.id).toBe(responses[2]?.body.id);
    expect(job?.opts.priority).toBe(NORMAL_PRIORITY);
    const opened = openJobData(job?.data, intake.jobDataKey);
    expect(opened.event.ticket.text).toBe('third and latest message');
    expect(opened.deliveryIds).toEqual(payloads.map((p) => p.id));
  });

  test('an event after the window starts a new job; other tickets never coalesce', async () => {
    const ticketId = uniqueTicketId();
    await intake.post(ZD, signZendesk(zendeskCommentAdded({ ticketId }), ZENDESK_SECRET));
    await intake.post(ZD, signZendesk(zendeskCommentAdded({ ticketId: uniqueTicketId() }), ZENDESK_SECRET));
    await new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 200));
    const late = zendeskCommentAdded({ ticketId });
    await intake.post(ZD, signZendesk(late, ZENDESK_SECRET));
    const jobs = (await intake.handle.queue.getJobs(['delayed', 'prioritized', 'wait'])).filter((job) => job.data.ticketId === ticketId);
    expect(jobs).toHaveLength(2);
    const newest = jobs.find((job) => job.data.deliveryId === late.id);
    expect(newest?.data.deliveryIds).toEqual([late.id]);
  });

  test('a crisis event is not delayed nor coalesced, and gets the highest priority', async () => {
    const ticketId = uniqueTicketId();
    await intake.post(ZD, signZendesk(zendeskCommentAdded({ ticketId, body: 'where is my parcel' }), ZENDESK_SECRET));
    const crisis = await intake.post(ZD, signZendesk(zendeskCommentAdded({ ticketId, body: CRISIS_TEXT }), ZENDESK_SECRET));
    const job = await intake.handle.queue.getJob(String(crisis.body.id));
    expect(job?.opts.priority).toBe(CRISIS_PRIORITY);
    expect(job?.opts.delay ?? 0).toBe(0);
    expect(job?.data.crisis).toBe(true);
    expect(await job?.getState()).toBe('prioritized');
    const pending = (await intake.handle.queue.getJobs(['delayed'])).filter((j) => j.data.ticketId === ticketId);
    expect(pending).toHaveLength(1);
  });
});

describe('intake: crisis jumps the queue', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ COALESCE_MS: '0' });
  });
  afterAll(async () => intake.close());

  test('a job without priority would be served before a crisis job (why every intake job has one)', async () => {
    await intake.handle.queue.add('plain', { note: 'no priority' } as never, { jobId: 'plain-job' });
    await intake.handle.queue.add('urgent', { note: 'priority 1' } as never, { jobId: 'urgent-job', priority: CRISIS_PRIORITY });
    expect(await processOrder(intake, 2)).toEqual(['plain-job', 'urgent-job']);
  });

  test('a crisis delivery received after a backlog of normal ones is processed first', async () => {
    const normalIds: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await intake.post(ZD, signZendesk(zendeskCommentAdded({ body: `normal question ${i}` }), ZENDESK_SECRET));
      normalIds.push(String(res.body.id));
    }
    const crisis = await intake.post(ZD, signZendesk(zendeskCommentAdded({ body: CRISIS_TEXT }), ZENDESK_SECRET));
    const order = await processOrder(intake, 5);
    expect(order[0]).toBe(crisis.body.id);
    expect(order.slice(1)).toEqual(normalIds);
  });
});
