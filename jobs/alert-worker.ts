/**
 * Runs the alerts queue: sends each alert job to its channel and records every attempt in the
 * alert audit; a permanent refusal fails at once, anything else is retried. The same worker runs
 * the SLA sweep every 30 s: tickets whose first-reply target passed unanswered raise one
 * `sla_breach` alert each.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { recordAlertAttempt } from '../src/alerts/alert-audit';
import type { AlertSenders } from '../src/alerts/channels';
import { ticketLink, ticketSubject, type TicketLinks } from '../src/alerts/from-decision';
import type { RaiseAlert } from '../src/alerts/raise-alert';
import { alertSchema } from '../src/alerts/types';
import { claimNewBreaches } from '../src/dashboard/sla';
import type { ErrorLog } from '../src/logging/error-log';
import type { Logger } from '../src/logging/logger';
import type { Queryable } from '../src/store/db';
import { ALERT_QUEUE_NAME, SLA_SWEEP_JOB, type AlertJobData, type AlertQueue } from './alert-queue';

export interface AlertWorkerDeps {
  connection: Redis;
  prefix: string;
  db: Queryable;
  senders: AlertSenders;
  raise: RaiseAlert;
  links: TicketLinks;
  logger: Logger;
  errors?: ErrorLog;
  sweepEveryMs?: number;
}

async function sendOne(job: Job<AlertJobData>, deps: AlertWorkerDeps): Promise<void> {
  const alert = alertSchema.safeParse(job.data.alert);
  const send = deps.senders[job.data.channel];
  if (!alert.success || !send) throw new UnrecoverableError(`alert job ${job.id ?? ''} cannot be sent: ${alert.success ? `channel ${job.data.channel} is not configured` : 'malformed alert'}`);
  const attempt = job.attemptsMade + 1;
  const outcome = await send(alert.data);
  const last = attempt >= (job.opts.attempts ?? 1);
  const status = outcome.ok ? 'sent' : !outcome.retry || last ? 'failed' : 'retrying';
  await recordAlertAttempt(deps.db, job.data.channel, alert.data, attempt, outcome, status).catch((error: unknown) =>
    deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'alert attempt not recorded in the audit: database unavailable'),
  );
  const log = { channel: job.data.channel, kind: alert.data.kind, attempt, status };
  if (outcome.ok) return void deps.logger.info(log, 'alert sent');
  deps.logger.warn({ ...log, httpStatus: outcome.status, detail: outcome.detail }, 'alert not sent');
  if (!outcome.retry) throw new UnrecoverableError(outcome.detail);
  throw new Error(outcome.detail);
}

/** Raises one alert per newly breached ticket (claimed in the database, so once across workers). */
export async function sweepSlaBreaches(deps: Pick<AlertWorkerDeps, 'db' | 'raise' | 'links'>, now: Date = new Date()): Promise<number> {
  const breached = await claimNewBreaches(deps.db, now);
  for (const ticket of breached) {
    await deps.raise({ kind: 'sla_breach', subject: ticketSubject(ticket.source, ticket.ticketId), link: ticketLink(deps.links, ticket.source, ticket.ticketId), category: ticket.intent, severity: ticket.priority === 'urgent' ? 'error' : 'warning' });
  }
  return breached.length;
}

export function createAlertWorker(deps: AlertWorkerDeps): Worker {
  const worker = new Worker(
    ALERT_QUEUE_NAME,
    async (job: Job) => {
      if (job.name === SLA_SWEEP_JOB) return sweepSlaBreaches(deps);
      return sendOne(job as Job<AlertJobData>, deps);
    },
    { connection: deps.connection, prefix: deps.prefix, concurrency: 4 },
  );
  deps.errors?.watch(worker, 'worker:alerts');
  return worker;
}

/** Schedules the SLA sweep (one schedule per queue, whatever the number of workers). */
export async function scheduleSlaSweep(queue: AlertQueue, everyMs = 30_000): Promise<void> {
  await queue.upsertJobScheduler(SLA_SWEEP_JOB, { every: everyMs }, { name: SLA_SWEEP_JOB, data: {}, opts: { attempts: 1, removeOnComplete: { count: 10 }, removeOnFail: { count: 10 } } });
}
