import type { Job, Queue } from 'bullmq';
import type { FailureInfo } from '../../src/audit/types';
import { TransientHelpdeskError } from '../../src/helpdesk/errors';
import { createLogger } from '../../src/logging/logger';
import { JobBase } from '../../jobs/job-base';

/** A job whose every attempt fails with `error`; it remembers what the final-failure hook was told. */
class FailingJob extends JobBase<unknown, never, null> {
  finalFailures: FailureInfo[] = [];
  constructor(private readonly error: Error) {
    super({ queue: {} as Queue, logger: createLogger('silent') });
  }
  protected scratch(): null {
    return null;
  }
  protected async perform(): Promise<never> {
    throw this.error;
  }
  protected async onFinalFailure(_job: Job<unknown>, failure: FailureInfo): Promise<void> {
    this.finalFailures.push(failure);
  }
}

const attempt = (attemptsMade: number, attempts = 3): Job<unknown> => ({ id: 'zendesk-evt-1', attemptsMade, opts: { attempts }, data: {} }) as unknown as Job<unknown>;
const transient = (): TransientHelpdeskError => new TransientHelpdeskError('zendesk show_ticket: helpdesk answered 503 — will retry with backoff', { source: 'zendesk', operation: 'show_ticket', status: 503, vendorAnswer: '{"error":"unavailable"}' });

describe('job base: the reason a job fails with', () => {
  it('keeps the retry promise while attempts remain', async () => {
    const job = new FailingJob(transient());
    await expect(job.run(attempt(0))).rejects.toThrow(/— will retry with backoff$/);
    expect(job.finalFailures).toEqual([]);
  });

  it('drops it on the last attempt, and says how many attempts were spent and what to do', async () => {
    const job = new FailingJob(transient());
    const failure = await job.run(attempt(2)).catch((error: unknown) => error as Error);
    expect(failure.message).not.toMatch(/will retry/);
    expect(failure.message).toBe('zendesk show_ticket: helpdesk answered 503 — helpdesk answered: {"error":"unavailable"} — gave up after 3 attempts: fix the cause, then re-queue it with `riskdesk retry zendesk-evt-1`');
    expect(job.finalFailures).toEqual([{ status: 503, summary: failure.message }]);
  });

  it('phrases other last failures the same way, without inventing a retry', async () => {
    for (const message of ['ticket kept changing (409) — will retry later', 'no answer from the helpdesk (ECONNRESET) — will retry', 'database is down']) {
      const job = new FailingJob(new Error(message));
      const failure = await job.run(attempt(0, 1)).catch((error: unknown) => error as Error);
      expect(failure.message).not.toMatch(/will retry/);
      expect(failure.message).toMatch(/ — gave up after 1 attempt: fix the cause/);
    }
  });

  it('waits for running attempts when asked whether it is idle, within the time given', async () => {
    let release: () => void = () => undefined;
    const slow = new (class extends FailingJob {
      protected override async perform(): Promise<never> {
        await new Promise<void>((resolve) => (release = resolve));
        throw new Error('done');
      }
    })(new Error('unused'));
    expect(await slow.whenIdle(10)).toBe(true);
    const running = slow.run(attempt(0)).catch(() => undefined);
    expect(await slow.whenIdle(20)).toBe(false);
    const idle = slow.whenIdle(5000);
    release();
    expect(await idle).toBe(true);
    await running;
  });
});
