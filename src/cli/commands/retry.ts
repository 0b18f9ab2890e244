import type { Command } from 'commander';
import { JobNotFailedError, retryAllFailedJobs, retryFailedJob } from '../../../jobs/failed-jobs';
import { EXIT } from '../command';
import { withQueue } from '../../runtime/cli-queue';

/** `riskdesk retry ID|--all`: move failed jobs back to the queue. */
export function register(program: Command): void {
  program
    .command('retry [id]')
    .description('re-queue a failed job by id, or every failed job with --all (see riskdesk failed)')
    .option('--all', 're-queue every failed job')
    .action(async (id: string | undefined, options: { all?: boolean }) => {
      if (Boolean(id) === Boolean(options.all)) {
        console.error('riskdesk retry: give a job id or --all (not both); list failed jobs with `riskdesk failed`');
        process.exitCode = EXIT.badInput;
        return;
      }
      try {
        if (options.all) {
          const count = await withQueue((queue) => retryAllFailedJobs(queue));
          console.log(`re-queued ${count} failed job(s)`);
        } else if (id) {
          await withQueue((queue) => retryFailedJob(queue, id));
          console.log(`re-queued job ${id}`);
        }
      } catch (error) {
        if (!(error instanceof JobNotFailedError)) throw error;
        console.error(`riskdesk retry: ${error.message}`);
        process.exitCode = EXIT.badInput;
      }
    });
}
