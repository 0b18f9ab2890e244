import { z } from 'zod';
import { HELPDESK_SOURCES, type HelpdeskEvent } from '../src/domain/ticket';
import { openSealedJson, sealJson } from '../src/security/seal';

/**
 * What one intake job carries. Ids and non-identifying fields travel in clear; the requester's
 * email and name, the subject and the text are sealed (AES-256-GCM) so Redis never holds PII in
 * clear. Never put secrets or signatures here.
 */
const SEAL_PURPOSE = 'riskdesk:intake-job:v1';

const actorSchema = z.object({
  type: z.enum(['customer', 'agent', 'bot', 'system', 'unknown']),
  id: z.string().optional(),
});

export const intakeJobDataSchema = z.object({
  v: z.literal(1),
  source: z.enum(HELPDESK_SOURCES),
  deliveryId: z.string().min(1),
  /** Every delivery this job stands for (coalesced deliveries of the same ticket, oldest first, own id last). */
  deliveryIds: z.array(z.string().min(1)).min(1),
  kind: z.string().min(1),
  ticketId: z.string().min(1),
  occurredAt: z.string(),
  receivedAt: z.string(),
  actor: actorSchema,
  /** Intake's crisis hint (it decided the job's priority); the worker runs its own detection. */
  crisis: z.boolean(),
  ticket: z.object({
    channel: z.string().optional(),
    tags: z.array(z.string()).optional(),
    updatedAt: z.string().optional(),
    status: z.string().optional(),
    priority: z.string().optional(),
    requester: z.object({ externalId: z.string().optional(), helpdeskUserId: z.string().optional() }),
  }),
  /**
   * Queued only for its status (a status change of a possible riskdesk problem ticket / tracker):
   * applied to its incident when it is one, never triaged.
   */
  statusOnly: z.boolean().optional(),
  /** Sealed `{ email?, name?, subject?, text? }`. */
  sealed: z.string().min(1),
});

export type IntakeJobData = z.infer<typeof intakeJobDataSchema>;

const sealedPartSchema = z.object({
  email: z.string().optional(),
  name: z.string().optional(),
  subject: z.string().optional(),
  text: z.string().optional(),
});

export interface OpenedIntakeJob {
  event: HelpdeskEvent;
  deliveryIds: string[];
  crisis: boolean;
  receivedAt: string;
  statusOnly: boolean;
}

export function buildIntakeJobData(
  event: HelpdeskEvent,
  extra: { deliveryIds: string[]; crisis: boolean; receivedAt: string; statusOnly?: boolean },
  key: Buffer,
): IntakeJobData {
  const { requester = {}, subject, text, channel, tags, updatedAt, status, priority } = event.ticket;
  return {
    v: 1,
    source: event.source,
    deliveryId: event.deliveryId,
    deliveryIds: extra.deliveryIds.length > 0 ? extra.deliveryIds : [event.deliveryId],
    kind: event.kind,
    ticketId: event.ticketId,
    occurredAt: event.occurredAt,
    receivedAt: extra.receivedAt,
    actor: event.actor,
    crisis: extra.crisis,
    ticket: {
      channel,
      tags,
      updatedAt,
      status,
      priority,
      requester: { externalId: requester.externalId, helpdeskUserId: requester.helpdeskUserId },
    },
    ...(extra.statusOnly ? { statusOnly: true } : {}),
    sealed: sealJson({ email: requester.email, name: requester.name, subject, text }, key, SEAL_PURPOSE),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * For the worker: validates `job.data` and opens the sealed part with the same key the server
 * used. Throws a clear error when the data is not an intake job or the key differs.
 */
export function openJobData(data: unknown, key: Buffer): OpenedIntakeJob {
  const parsed = intakeJobDataSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new Error(`intake job data is invalid at ${where}: it was not produced by this riskdesk version; fail the job and re-deliver the webhook`);
  }
  const job = parsed.data;
  const secret = sealedPartSchema.parse(openSealedJson(job.sealed, key, SEAL_PURPOSE));
  const requester = withoutUndefined({ ...job.ticket.requester, email: secret.email, name: secret.name });
  const ticket = withoutUndefined({
    channel: job.ticket.channel,
    tags: job.ticket.tags,
    updatedAt: job.ticket.updatedAt,
    status: job.ticket.status,
    priority: job.ticket.priority,
    subject: secret.subject,
    text: secret.text,
    requester,
  });
  const event: HelpdeskEvent = {
    source: job.source,
    deliveryId: job.deliveryId,
    kind: job.kind,
    ticketId: job.ticketId,
    occurredAt: job.occurredAt,
    actor: withoutUndefined(job.actor),
    ticket,
  };
  return { event, deliveryIds: job.deliveryIds, crisis: job.crisis, receivedAt: job.receivedAt, statusOnly: job.statusOnly === true };
}
