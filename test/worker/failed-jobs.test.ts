import { randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Command } from 'commander';
import { JobNotFailedError, listFailedJobs, retryAllFailedJobs, retryFailedJob } from '../../jobs/failed-jobs';
import { formatFailedJobs, register as registerFailed } from '../../src/cli/commands/failed';
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

  it('`riskdesk failed --json` prints one JSON array: [] when nothing failed, then the failures', async () => {
    const cliPrefix = `${prefix}-cli`;
    const previous = process.env.QUEUE_PREFIX;
    process.env.QUEUE_PREFIX = cliPrefix;
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((text: unknown) => void printed.push(String(text)));
    const failedJson = async (): Promise<unknown> => {
      printed.length = 0;
      const program = new Command('riskdesk').exitOverride();
      registerFailed(program);
      await program.parseAsync(['node', 'riskdesk', 'failed', '--json']);
      expect(printed).toHaveLength(1);
      return JSON.parse(printed[0] ?? '');
    };
    const cliQueue = new Queue('intake', { connection, prefix: cliPrefix });
    const workerConnection = connection.duplicate({ maxRetriesPerRequest: null });
    try {
      expect(printed).toEqual([]);
      expect(await failedJson()).toEqual([]);
      expect(printed).toEqual(['[]']);
      const worker = new Worker('intake', async () => {
        throw new UnrecoverableError('zendesk update_ticket refused (422)');
      }, { connection: workerConnection, prefix: cliPrefix });
      await cliQueue.add('ticket.created', { source: 'zendesk', ticketId: '9' }, { jobId: 'zendesk-evt-9', attempts: 1 });
      await waitFor(async () => (await cliQueue.getFailedCount()) === 1, 10_000, 'one failure');
      await worker.close();
      expect(await failedJson()).toEqual([expect.objectContaining({ id: 'zendesk-evt-9', source: 'zendesk', ticketId: '9', failedReason: expect.stringContaining('422') })]);
    } finally {
      log.mockRestore();
      if (previous === undefined) delete process.env.QUEUE_PREFIX;
      else process.env.QUEUE_PREFIX = previous;
      await cliQueue.close();
      await workerConnection.quit();
      await deletePrefix(cliPrefix);
    }
  });

  it('prints a table and what to do without --json', () => {
    expect(formatFailedJobs([], false)).toBe('no failed jobs');
    const table = formatFailedJobs([{ id: 'j1', source: 'intercom', ticketId: '5', attempts: 8, failedReason: 'boom', finishedOn: null }], false);
    expect(table.split('\n')).toEqual(['j1\tintercom/5\tattempts=8\t-\tboom', '1 failed job(s); re-queue with: riskdesk retry <id> | riskdesk retry --all']);
  });
});
