/**
 * What a helpdesk status means for riskdesk's own problem ticket (Zendesk) or tracker (Intercom),
 * and the shape a status report must have before it may change an incident.
 */
import { z } from 'zod';
import { HELPDESK_SOURCES, type HelpdeskSource } from '../domain/ticket';

/** The problem / tracker is done (the wave is handled) or is being worked again. */
export type StatusSignal = 'done' | 'open';

// Zendesk ticket statuses; Intercom conversation states and ticket-state categories.
const DONE: Record<HelpdeskSource, ReadonlySet<string>> = {
  zendesk: new Set(['solved', 'closed']),
  intercom: new Set(['resolved', 'closed']),
};
const OPEN: Record<HelpdeskSource, ReadonlySet<string>> = {
  zendesk: new Set(['new', 'open', 'pending', 'hold']),
  intercom: new Set(['open', 'submitted', 'in_progress', 'waiting_on_customer']),
};

/** null: no status, or one that says neither (an Intercom snooze): the incident is left as it is. */
export function statusSignal(source: HelpdeskSource, status: string | undefined): StatusSignal | null {
  const value = status?.trim().toLowerCase();
  if (!value) return null;
  if (DONE[source].has(value)) return 'done';
  return OPEN[source].has(value) ? 'open' : null;
}

export const helpdeskStatusSchema = z.object({
  source: z.enum(HELPDESK_SOURCES),
  ticketId: z.string().trim().min(1).max(200),
  status: z.string().trim().max(100).optional(),
  /** When the helpdesk made the change (the webhook's time). */
  at: z.iso.datetime({ offset: true }),
  /** The helpdesk user / admin who made it, when the webhook names one. */
  actorId: z.string().trim().min(1).max(200).optional(),
});

export type HelpdeskStatus = z.infer<typeof helpdeskStatusSchema>;

export class InvalidHelpdeskStatusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidHelpdeskStatusError';
  }
}

export function parseHelpdeskStatus(input: unknown): HelpdeskStatus {
  const parsed = helpdeskStatusSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`).join('; ');
  throw new InvalidHelpdeskStatusError(`helpdesk status report is invalid — ${where}; no incident was changed`);
}
