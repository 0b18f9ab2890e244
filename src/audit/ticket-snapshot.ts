/**
 * The ticket a decision was made on, kept with the decision so a sidebar can rebuild its risk
 * context (and re-decide) without calling the helpdesk. It holds the requester's identity and
 * the customer's text, so it is sealed (AES-256-GCM, the job-data key) and bound to its ticket:
 * a blob copied onto another row does not open.
 */
import { z } from 'zod';
import { HELPDESK_SOURCES, type HelpdeskSource, type Ticket } from '../domain/ticket';
import { openSealedJson, sealJson } from '../security/seal';

const purpose = (source: HelpdeskSource, ticketId: string): string => `riskdesk:decision-ticket:v1:${source}:${ticketId}`;

const snapshotSchema = z.object({
  source: z.enum(HELPDESK_SOURCES),
  id: z.string().min(1),
  channel: z.string(),
  subject: z.string(),
  text: z.string(),
  requester: z.object({
    externalId: z.string().optional(),
    email: z.string().optional(),
    name: z.string().optional(),
    helpdeskUserId: z.string().optional(),
  }),
  tags: z.array(z.string()),
  updatedAt: z.string().optional(),
  status: z.string().optional(),
  priority: z.string().optional(),
});

/** Seals what re-deciding needs (note refs are left out: they belong to the helpdesk's copy). */
export function sealTicketSnapshot(ticket: Ticket, key: Buffer): string {
  const { existingNoteRefs: _refs, ...snapshot } = ticket;
  return sealJson(snapshot, key, purpose(ticket.source, ticket.id));
}

/**
 * The snapshot stored for (source, ticketId), or null when it cannot be used: another key sealed
 * it (JOB_DATA_KEY changed), it belongs to another ticket, or its shape is not a ticket.
 */
export function openTicketSnapshot(sealed: string, key: Buffer, source: HelpdeskSource, ticketId: string): Ticket | null {
  try {
    const parsed = snapshotSchema.safeParse(openSealedJson(sealed, key, purpose(source, ticketId)));
    return parsed.success && parsed.data.source === source && parsed.data.id === ticketId ? parsed.data : null;
  } catch {
    return null;
  }
}
