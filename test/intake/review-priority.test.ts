import { Worker } from 'bullmq';
import { INTAKE_QUEUE_NAME, intakeJobOptions, NORMAL_PRIORITY, REVIEW_PRIORITY, CRISIS_PRIORITY } from '../../jobs/intake-queue';
import { createRedisConnection } from '../../src/server/redis-connection';
import { NO_CRISIS } from '../../src/triage/crisis/result';
import type { CrisisResult } from '../../src/triage/types';
import { signZendesk, zendeskCommentAdded } from '../helpers/signing';
import { startTestIntake, TEST_REDIS_URL, waitFor, ZENDESK_SECRET, type TestIntake } from './support';

const ZD = '/webhooks/zendesk';

/** Intake's check, injected: "REVIEW" marks possible danger, "CRISIS" a confident crisis. */
function detect(text: string): CrisisResult {
  if (text.includes('CRISIS')) return { crisis: true, crisisReview: false, category: 'suicidal_ideation', score: 0.9, evidence: [] };
  if (text.includes('REVIEW')) return { crisis: false, crisisReview: true, category: 'domestic_abuse', score: 0.4, evidence: [] };
  return NO_CRISIS;
}

describe('intake: review tickets come right after crisis tickets', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ COALESCE_MS: '0' }, { detectCrisis: detect });
  });
  afterAll(async () => intake.close());

  test('priorities are crisis < review < normal', () => {
    expect(CRISIS_PRIORITY).toBeLessThan(REVIEW_PRIORITY);
    expect(REVIEW_PRIORITY).toBeLessThan(NORMAL_PRIORITY);
    const data = { source: 'zendesk', deliveryId: 'd1', ticketId: '1' } as Parameters<typeof intakeJobOptions>[0];
    expect(intakeJobOptions(data, { crisis: false, review: true, coalesceMs: 500 })).toMatchObject({ priority: REVIEW_PRIORITY, delay: 600 });
  });

  test('a backlog is served crisis first, then review, then the rest in order', async () => {
    const ids: string[] = [];
    for (const body of ['normal one', 'he reads my messages REVIEW', 'normal two', 'I have the pills CRISIS']) {
      const res = await intake.post(ZD, signZendesk(zendeskCommentAdded({ body }), ZENDESK_SECRET));
      expect(res.status).toBe(202);
      ids.push(String(res.body.id));
    }
    const review = await intake.handle.queue.getJob(ids[1] ?? '');
    expect(review?.opts.priority).toBe(REVIEW_PRIORITY);
    const connection = createRedisConnection(TEST_REDIS_URL, 'worker');
    const seen: string[] = [];
    const worker = new Worker(INTAKE_QUEUE_NAME, async (job) => void seen.push(String(job.id)), { connection, prefix: intake.prefix, concurrency: 1 });
    try {
      await waitFor(() => seen.length >= 4, 8000);
    } finally {
      await worker.close();
      connection.disconnect();
    }
    expect(seen).toEqual([ids[3], ids[1], ids[0], ids[2]]);
  });
});
