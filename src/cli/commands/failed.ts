import type { Command } from 'commander';
import { z } from 'zod';
import { listFailedJobs, type FailedJobSummary } from '../../../jobs/failed-jobs';
import { parseCommandOptions } from '../cli-io';
import { withQueue } from '../../runtime/cli-queue';

const optionsSchema = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(50), json: z.boolean().optional() });

/** What `riskdesk failed` prints: a JSON array (`[]` when none) with --json, else a table and what to do. */
export function formatFailedJobs(jobs: readonly FailedJobSummary[], json: boolean): string {
  if (json) return JSON.stringify(jobs, null, 2);
  if (jobs.length === 0) return 'no failed jobs';
  const rows = jobs.map((job) => `${job.id}\t${job.source ?? '?'}/${job.ticketId ?? '?'}\tattempts=${job.attempts}\t${job.finishedOn ?? '-'}\t${job.failedReason}`);
  return [...rows, `${jobs.length} failed job(s); re-queue with: riskdesk retry <id> | riskdesk retry --all`].join('\n');
}

/** `riskdesk failed`: failed jobs with their reasons, newest first. */
export function register(program: Command): void {
  program
    .command('failed')
    .description('list failed worker jobs with their reasons (id, ticket, attempts, reason, when)')
    .option('--limit <n>', 'how many to list (default 50)')
    .option('--json', 'print them as one JSON array ([] when there are none)')
    .action(async (raw: unknown) => {
      const options = parseCommandOptions('failed', optionsSchema, raw);
      if (!options) return;
      const jobs = await withQueue((queue) => listFailedJobs(queue, options.limit));
      console.log(formatFailedJobs(jobs, Boolean(options.json)));
    });
}
