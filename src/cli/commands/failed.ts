import type { Command } from 'commander';
import { z } from 'zod';
import { listFailedJobs } from '../../../jobs/failed-jobs';
import { parseCommandOptions } from '../cli-io';
import { withQueue } from '../../runtime/cli-queue';

const optionsSchema = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(50), json: z.boolean().optional() });

/** `riskdesk failed`: failed jobs with their reasons, newest first. */
export function register(program: Command): void {
  program
    .command('failed')
    .description('list failed worker jobs with their reasons (id, ticket, attempts, reason, when)')
    .option('--limit <n>', 'how many to list (default 50)')
    .option('--json', 'print JSON lines instead of a table')
    .action(async (raw: unknown) => {
      const options = parseCommandOptions('failed', optionsSchema, raw);
      if (!options) return;
      const jobs = await withQueue((queue) => listFailedJobs(queue, options.limit));
      if (options.json) {
        for (const job of jobs) console.log(JSON.stringify(job));
        return;
      }
      if (jobs.length === 0) {
        console.log('no failed jobs');
        return;
      }
      for (const job of jobs) {
        console.log(`${job.id}\t${job.source ?? '?'}/${job.ticketId ?? '?'}\tattempts=${job.attempts}\t${job.finishedOn ?? '-'}\t${job.failedReason}`);
      }
      console.log(`${jobs.length} failed job(s); re-queue with: riskdesk retry <id> | riskdesk retry --all`);
    });
}
