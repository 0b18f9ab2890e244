/** Failed jobs stay inspectable and replayable: what `riskdesk failed` and `riskdesk retry` use. */
import type { Queue } from 'bullmq';

export interface FailedJobSummary {
  id: string;
  source: string | null;
  ticketId: string | null;
  attempts: number;
  failedReason: string;
  finishedOn: string | null;
}

function field(data: unknown, key: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** Newest failures first. */
export async function listFailedJobs(queue: Queue, limit: number): Promise<FailedJobSummary[]> {
  const jobs = await queue.getFailed(0, Math.max(0, limit - 1));
  return jobs.map((job) => ({
    id: job.id ?? '(no id)',
    source: field(job.data, 'source'),
    ticketId: field(job.data, 'ticketId'),
    attempts: job.attemptsMade,
    failedReason: job.failedReason ?? '',
    finishedOn: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  }));
}

export class JobNotFailedError extends Error {
  override name = 'JobNotFailedError';
}

/**
 * Moves one failed job back to wait. Attempts are not reset, so a retried job gets one more
 * attempt (and keeps one audit row per attempt); retry it again if that attempt fails too.
 */
export async function retryFailedJob(queue: Queue, id: string): Promise<void> {
  const job = await queue.getJob(id);
  if (!job) throw new JobNotFailedError(`no job with id "${id}" (it may have been removed): run \`riskdesk failed\` to list failed jobs`);
  const state = await job.getState();
  if (state !== 'failed') throw new JobNotFailedError(`job "${id}" is ${state}, not failed: only failed jobs can be retried`);
  await job.retry('failed');
}

/** Re-queues every failed job (in batches, inside Redis); returns how many there were. */
export async function retryAllFailedJobs(queue: Queue): Promise<number> {
  const count = await queue.getFailedCount();
  if (count > 0) await queue.retryJobs({ state: 'failed', count: 500 });
  return count;
}
