/** Queue depth and age for /metrics, read from BullMQ (implements the metrics' QueueStatsSource). */
import type { Queue } from 'bullmq';
import type { QueueStatsSource } from '../src/metrics/metrics';

/** Prioritized jobs are waiting jobs too (intake gives every job a priority). */
export function queueStats(queue: Queue): QueueStatsSource {
  return {
    async counts() {
      const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    },
    async oldestWaitingSince() {
      // Oldest of the plain wait list's tail and the first prioritized jobs (sampled: it is a gauge).
      const [waiting, prioritized] = await Promise.all([queue.getJobs(['wait'], -1, -1), queue.getJobs(['prioritized'], 0, 49)]);
      const readyAt = [...waiting, ...prioritized].map((job) => job.timestamp + (job.delay ?? 0)).filter(Number.isFinite);
      return readyAt.length > 0 ? Math.min(...readyAt) : null;
    },
  };
}
