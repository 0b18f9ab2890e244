/**
 * The base every riskdesk job extends (Outline style): subclasses say what to do; the base owns
 * what happens when it fails. Error class → job fate:
 * - RateLimitedError (429): the whole queue pauses for Retry-After (every worker backs off) and
 *   the job returns to wait without spending an attempt.
 * - PermanentHelpdeskError (other 4xx), InvalidJobError: fail now (UnrecoverableError), the
 *   helpdesk's answer recorded by the final-failure hook.
 * - ConflictError that survived the in-job re-reads, TransientHelpdeskError, database and
 *   anything else: thrown as is → exponential backoff with jitter from the queue's
 *   defaultJobOptions, bounded attempts; the hook records the last one.
 * - BullMQ's own control errors (DelayedError, RateLimitError) pass through untouched.
 */
import { DelayedError, RateLimitError, UnrecoverableError, Worker, type Job, type Queue } from 'bullmq';
import type { FailureInfo } from '../src/audit/types';
import { HelpdeskError, PermanentHelpdeskError, RateLimitedError } from '../src/helpdesk/errors';
import type { Logger } from '../src/logging/logger';
import { maskEmails } from '../src/logging/logger';
import type { Metrics } from '../src/metrics/metrics';

/** Job data this code cannot use (wrong shape, wrong key): retrying cannot help. */
export class InvalidJobError extends Error {
  override name = 'InvalidJobError';
}

/** Never wait less than this on a 429, whatever the helpdesk says. */
const MIN_RATE_LIMIT_MS = 1000;

export interface JobBaseDeps {
  queue: Queue;
  logger: Logger;
  metrics?: Metrics;
}

const messageOf = (error: unknown): string => maskEmails(error instanceof Error ? error.message : String(error));

export function failureInfo(error: unknown): FailureInfo {
  if (error instanceof HelpdeskError) {
    const answer = error.vendorAnswer ? ` — helpdesk answered: ${maskEmails(error.vendorAnswer)}` : '';
    return { status: error.status ?? null, summary: `${messageOf(error)}${answer}` };
  }
  return { status: null, summary: messageOf(error) };
}

/** The retry promise transient errors carry ("— will retry with backoff"): untrue once attempts run out. */
const RETRY_PROMISE = /\s+—\s+will retry(?: with backoff| later)?(?=\s+—|$)/g;

/** What a job's last failure says: the cause without a retry promise, the attempts spent, and what to do. */
export function finalFailureInfo(error: unknown, attempts: number, jobId: string | undefined): FailureInfo {
  const info = failureInfo(error);
  const cause = info.summary.replace(RETRY_PROMISE, '');
  return { ...info, summary: `${cause} — gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: fix the cause, then re-queue it with \`riskdesk retry ${jobId ?? '<id>'}\`` };
}

export abstract class JobBase<Data, Result, Scratch> {
  private readonly running = new Set<Promise<unknown>>();

  constructor(protected readonly base: JobBaseDeps) {}

  /** Resolves true once no run is in progress, or false when `timeoutMs` passes first (shutdown). */
  async whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const idle = (async () => {
      while (this.running.size > 0) await Promise.allSettled([...this.running]);
      return true as const;
    })();
    try {
      return await Promise.race([idle, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Fresh per-run state the final-failure hook can read (what the run knew when it failed). */
  protected abstract scratch(): Scratch;
  /** `log` is the run's own logger: every line carries the job id and attempt. */
  protected abstract perform(job: Job<Data>, token: string | undefined, scratch: Scratch, log: Logger): Promise<Result>;
  /** Called once per job, when it will not be retried any more. Must not throw. */
  protected abstract onFinalFailure(job: Job<Data>, failure: FailureInfo, scratch: Scratch, log: Logger): Promise<void>;

  /** The BullMQ processor: `new Worker(name, (job, token) => task.run(job, token))`. */
  async run(job: Job<Data>, token?: string): Promise<Result> {
    const running = this.attempt(job, token);
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  private async attempt(job: Job<Data>, token: string | undefined): Promise<Result> {
    const scratch = this.scratch();
    const log = this.base.logger.child({ jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      return await this.perform(job, token, scratch, log);
    } catch (error) {
      throw await this.fate(job, error, scratch, log);
    }
  }

  private async fate(job: Job<Data>, error: unknown, scratch: Scratch, log: Logger): Promise<Error> {
    if (error instanceof DelayedError || error instanceof RateLimitError) return error;
    if (error instanceof RateLimitedError) {
      const waitMs = Math.max(MIN_RATE_LIMIT_MS, error.retryAfterMs);
      this.base.metrics?.rateLimited(error.source);
      log.warn({ source: error.source, waitMs }, 'helpdesk rate limit (429): pausing the queue, no attempt spent');
      await this.base.queue.rateLimit(waitMs);
      return Worker.RateLimitError();
    }
    if (error instanceof PermanentHelpdeskError || error instanceof InvalidJobError || error instanceof UnrecoverableError) {
      log.error({ err: failureInfo(error) }, 'job failed permanently: not retrying');
      await this.finalFailure(job, error, scratch, 'permanent', log);
      return error instanceof UnrecoverableError ? error : new UnrecoverableError(failureInfo(error).summary);
    }
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 < attempts) {
      log.warn({ err: failureInfo(error) }, 'job failed: will retry with backoff');
      return error instanceof Error ? error : new Error(messageOf(error));
    }
    // The last attempt: the reason BullMQ keeps (and `riskdesk failed` shows) must not promise a retry.
    const final = finalFailureInfo(error, attempts, job.id);
    log.warn({ err: final, last: true }, 'job failed on its last attempt');
    await this.finalFailure(job, error, scratch, 'exhausted', log, final);
    return new Error(final.summary, { cause: error });
  }

  private async finalFailure(job: Job<Data>, error: unknown, scratch: Scratch, reason: 'permanent' | 'exhausted', log: Logger, info: FailureInfo = failureInfo(error)): Promise<void> {
    this.base.metrics?.jobFailed(reason);
    try {
      await this.onFinalFailure(job, info, scratch, log);
    } catch (hookError) {
      log.error({ err: messageOf(hookError) }, 'could not record the failure in the audit trail');
    }
  }
}
