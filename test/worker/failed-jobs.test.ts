import { randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobNotFailedError, listFailedJobs, retryAllFailedJobs, retryFailedJob } from '../../jobs/failed-jobs';
import { deletePrefix, waitFor } from './harness';

const prefix = `test-worker-failed-${randomBytes(4).toString('hex')}`;
const connection = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const queue = new Queue('intake', { connection, prefix });

afterAll(async () => {
  await queue.close();
  await connection.quit();
  await deletePrefix(prefix);
});

describe('failed jobs: list and retry', () => {
  it('lists failed jobs with reasons, retries one by id and the rest with --all', async () => {
    let failing = true;
    const workerConnection = connection.duplicate({ maxRetriesPerRequest: null });
    const worker = new Worker('intake', async (job) => {
      if (failing) throw new UnrecoverableError(`zendesk update_ticket refused (422) for ${String(job.data.ticketId)}`);
      return 'ok';
    }, { connection: workerConnection, prefix });
    for (const ticketId of ['1', '2', '3']) await queue.add('ticket.created', { source: 'zendesk', ticketId }, { jobId: `zendesk-evt-${ticketId}`, attempts: 3 });
    await waitFor(async () => (await queue.getFailedCount()) === 3, 10_000, 'three failures');

    const failed = await listFailedJobs(queue, 10);
    expect(failed).toHaveLength(3);
    expect(failed.find((j) => j.id === 'zendesk-evt-2')).toMatchObject({ source: 'zendesk', ticketId: '2', attempts: 1, failedReason: expect.stringContaining('422') });
    expect(Date.parse(failed[0]?.finishedOn ?? '')).not.toBeNaN();

    await expect(retryFailedJob(queue, 'nope')).rejects.toBeInstanceOf(JobNotFailedError);
    failing = false;
    await retryFailedJob(queue, 'zendesk-evt-1');
    await waitFor(async () => (await queue.getJob('zendesk-evt-1'))?.finishedOn !== undefined && (await (await queue.getJob('zendesk-evt-1'))?.getState()) === 'completed', 10_000, 'job 1 completed');
    await expect(retryFailedJob(queue, 'zendesk-evt-1')).rejects.toThrow(/completed, not failed/);
    expect(await retryAllFailedJobs(queue)).toBe(2);
    await waitFor(async () => (await queue.getCompletedCount()) === 3, 10_000, 'all completed');
    expect(await listFailedJobs(queue, 10)).toEqual([]);
    await worker.close();
    await workerConnection.quit();
  });
});
