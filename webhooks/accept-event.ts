import type { Logger } from 'pino';
import type { HelpdeskEvent } from '../src/domain/ticket';
import type { CrisisResult } from '../src/triage/types';
import { buildIntakeJobData } from '../jobs/intake-job';
import { coalesceId, enqueueIntakeJob, intakeJobId, type IntakeQueue } from '../jobs/intake-queue';
import type { DeliveryDedupeStore, DeliveryRef } from './delivery-dedupe';

export class IntakeUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntakeUnavailableError';
  }
}

export interface AcceptDeps {
  queue: IntakeQueue;
  dedupe: DeliveryDedupeStore;
  jobDataKey: Buffer;
  coalesceMs: number;
  isRedisReady: () => boolean;
  /** Upper bound for the enqueue itself (BullMQ may wait for its own initialisation). */
  enqueueTimeoutMs: number;
  /** src/triage/crisis `detectCrisis` in production; injectable for benchmarks. */
  detectCrisis: (text: string) => CrisisResult;
}

export type AcceptResult = { duplicate: boolean; jobId: string; crisis: boolean };

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new IntakeUnavailableError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Intake's crisis check only chooses the queue priority (the worker re-runs detection on the full
 * text), so it scans a bounded window — head and tail — to keep one huge body from blocking the
 * event loop for every other request.
 */
export const CRISIS_SCAN_CHARS = 16_000;

export function crisisText(event: HelpdeskEvent): string {
  return scannedText(event.ticket.subject ?? '', event.ticket.text ?? '');
}

/** Subject and text as intake scans them: whole up to CRISIS_SCAN_CHARS, else head and tail. */
export function scannedText(subject: string, body: string): string {
  const text = [subject, body].join('\n');
  if (text.length <= CRISIS_SCAN_CHARS) return text;
  const half = CRISIS_SCAN_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

/**
 * Claim the delivery, enqueue it, then keep the claim. Crisis events skip coalescing (they must
 * not wait) and jump the queue; status-only events skip it too (see Normalized.statusOnly); review events (possible danger) come next in the queue; everything
 * else is debounced per ticket.
 */
export async function acceptEvent(event: HelpdeskEvent, deps: AcceptDeps, log: Logger, options: { statusOnly?: boolean } = {}): Promise<AcceptResult> {
  // Fail fast: with Redis down every call would only wait for a timeout.
  if (!deps.isRedisReady()) throw new IntakeUnavailableError('Redis is not connected');
  const verdict = deps.detectCrisis(crisisText(event));
  const crisis = verdict.crisis;
  const review = !crisis && verdict.crisisReview;
  const statusOnly = options.statusOnly === true;
  const coalesce = !crisis && !statusOnly && deps.coalesceMs > 0;
  const ref: DeliveryRef = {
    source: event.source,
    deliveryId: event.deliveryId,
    coalesce: coalesce ? { id: coalesceId(event.source, event.ticketId), ttlMs: deps.coalesceMs } : undefined,
  };
  const ownJobId = intakeJobId(event.source, event.deliveryId);
  const claim = await deps.dedupe.claim(ref, ownJobId);
  if (!claim.claimed) return { duplicate: true, jobId: claim.jobId || ownJobId, crisis };
  let jobId: string;
  try {
    const data = buildIntakeJobData(event, { deliveryIds: claim.deliveryIds, crisis, receivedAt: new Date().toISOString(), statusOnly }, deps.jobDataKey);
    jobId = await withTimeout(enqueueIntakeJob(deps.queue, data, { crisis, review, coalesceMs: coalesce ? deps.coalesceMs : 0 }), deps.enqueueTimeoutMs, 'enqueueing');
  } catch (error) {
    await deps.dedupe.release(ref).catch((releaseError: unknown) => {
      log.warn({ err: releaseError }, 'could not release the delivery claim; it expires by itself within seconds');
    });
    throw error;
  }
  // The job exists, so the answer is 202 whatever happens next. Keeping the claim for 7 days
  // runs in the background (no extra wait on the request path); if it fails, the pending claim
  // expires and BullMQ's job id still refuses a redelivery while the job exists.
  deps.dedupe.confirm(ref, jobId).catch((error: unknown) => log.warn({ err: error }, 'could not extend the delivery claim'));
  return { duplicate: false, jobId, crisis };
}
