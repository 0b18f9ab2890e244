/**
 * The intake job: open the sealed job data, take the ticket's lock, run the pipeline. A ticket
 * locked by another worker is not waited for: the job moves to delayed and comes back shortly.
 */
import { DelayedError, type Job } from 'bullmq';
import { recordDecision } from '../src/audit/decision-store';
import type { FailureInfo } from '../src/audit/types';
import type { StatusOutcome } from '../src/incidents/helpdesk-status';
import type { OwnTicketGate } from '../src/incidents/own-ticket-gate';
import { InvalidHelpdeskStatusError } from '../src/incidents/problem-status';
import type { Logger } from '../src/logging/logger';
import { processTicket } from '../src/pipeline/process-ticket';
import { newTrace, type PipelineDeps, type PipelineInput, type PipelineTrace } from '../src/pipeline/types';
import { logDecision } from './decision-log';
import type { IntakeJobData, OpenedIntakeJob } from './intake-job';
import { openJobData } from './intake-job';
import { InvalidJobError, JobBase, type JobBaseDeps } from './job-base';
import type { TicketLock } from './ticket-lock';

export interface TicketJobResult {
  outcome: string;
  outcomeDetail: string | null;
  noteRef: string | null;
}

export interface TicketJobDeps extends JobBaseDeps {
  pipeline: PipelineDeps;
  lock: TicketLock;
  jobDataKey: Buffer;
  /** How long a job waits when its ticket is locked elsewhere (jitter added). */
  lockedRetryMs?: number;
  /** riskdesk's own problem tickets / trackers: their status goes to their incident, they are never triaged. */
  ownTickets?: OwnTicketGate;
}

/** A job that is not decided: riskdesk's own problem ticket / tracker, or a status-only delivery about another ticket. */
type Skipped = { skipped: TicketJobResult };

function openJob(job: Job<IntakeJobData>, key: Buffer): OpenedIntakeJob {
  try {
    return openJobData(job.data, key);
  } catch (error) {
    throw new InvalidJobError(error instanceof Error ? error.message : String(error));
  }
}

function toInput(job: Job<IntakeJobData>, opened: OpenedIntakeJob): PipelineInput {
  const received = Date.parse(opened.receivedAt);
  return {
    source: opened.event.source,
    ticketId: opened.event.ticketId,
    fallback: opened.event.ticket,
    eventIds: opened.deliveryIds,
    crisisHint: opened.crisis,
    jobId: job.id ?? null,
    attempt: job.attemptsMade + 1,
    ...(Number.isFinite(received) ? { receivedAt: received } : {}),
  };
}

export class TicketJob extends JobBase<IntakeJobData, TicketJobResult, PipelineTrace> {
  constructor(private readonly deps: TicketJobDeps) {
    super(deps);
  }

  protected scratch(): PipelineTrace {
    return newTrace();
  }

  private async ownTicket(opened: OpenedIntakeJob): Promise<StatusOutcome | null> {
    const { event } = opened;
    if (!this.deps.ownTickets) return null;
    try {
      return await this.deps.ownTickets.check({ source: event.source, ticketId: event.ticketId, status: event.ticket.status, occurredAt: event.occurredAt, actorId: event.actor.id });
    } catch (error) {
      if (error instanceof InvalidHelpdeskStatusError) throw new InvalidJobError(error.message);
      throw error;
    }
  }

  /** Runs under the ticket's lock, so two status changes of one ticket are applied in turn. */
  private async skipped(opened: OpenedIntakeJob): Promise<Skipped | null> {
    const own = await this.ownTicket(opened);
    if (own) return { skipped: { outcome: 'skipped', outcomeDetail: `own_incident_ticket:${own.change}`, noteRef: null } };
    return opened.statusOnly ? { skipped: { outcome: 'skipped', outcomeDetail: 'status_only', noteRef: null } } : null;
  }

  protected async perform(job: Job<IntakeJobData>, token: string | undefined, trace: PipelineTrace, log: Logger): Promise<TicketJobResult> {
    const opened = openJob(job, this.deps.jobDataKey);
    const input = toInput(job, opened);
    const run = await this.deps.lock.withLock(input.source, input.ticketId, async () => (await this.skipped(opened)) ?? processTicket(input, this.deps.pipeline, trace));
    if (!run.acquired) {
      const base = this.deps.lockedRetryMs ?? 300;
      await job.moveToDelayed(Date.now() + base + Math.floor(Math.random() * base), token);
      throw new DelayedError(`ticket ${input.source}/${input.ticketId} is being processed by another worker`);
    }
    if ('skipped' in run.value) {
      log.info({ source: input.source, ticketId: input.ticketId, outcomeDetail: run.value.skipped.outcomeDetail }, 'job not triaged');
      return run.value.skipped;
    }
    const { decision, outcome, outcomeDetail, noteRef } = run.value;
    logDecision(log, { source: input.source, ticketId: input.ticketId, decision, outcome, outcomeDetail });
    return { outcome, outcomeDetail, noteRef };
  }

  protected async onFinalFailure(job: Job<IntakeJobData>, failure: FailureInfo, trace: PipelineTrace, log: Logger): Promise<void> {
    const data = job.data as Partial<IntakeJobData> | undefined;
    const source = data?.source === 'zendesk' || data?.source === 'intercom' ? data.source : null;
    if (!source || typeof data?.ticketId !== 'string') return; // nothing to attach the failure to
    this.deps.pipeline.metrics?.writeBack(source, 'failed');
    await recordDecision(this.deps.pipeline.db, {
      source,
      ticketId: data.ticketId,
      eventIds: Array.isArray(data.deliveryIds) ? data.deliveryIds : [],
      jobId: job.id ?? null,
      attempt: job.attemptsMade + 1,
      decision: trace.decision ?? null,
      inputsHash: trace.inputsHash ?? null,
      fingerprint: trace.fingerprint ?? null,
      noteRef: trace.noteRef ?? null,
      outcome: 'failed',
      outcomeDetail: null,
      failure,
      timings: trace.timings,
      writePlan: trace.writePlan ?? null,
      evidence: trace.evidence ?? null,
      crisisProvider: trace.crisisProvider ?? null,
    });
    logDecision(log, { source, ticketId: data.ticketId, decision: trace.decision ?? null, outcome: 'failed', outcomeDetail: null });
  }
}
