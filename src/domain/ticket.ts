/**
 * The helpdesk-neutral shapes every layer shares. Vendor modules translate to and from these;
 * nothing below this line knows whether a ticket came from Zendesk or Intercom.
 */
export const HELPDESK_SOURCES = ['zendesk', 'intercom'] as const;
export type HelpdeskSource = (typeof HELPDESK_SOURCES)[number];

/** Who the customer is, as far as the helpdesk knows. Every field is optional: webhooks are partial. */
export interface RequesterIdentity {
  /** Marketplace user id (Zendesk `external_id`, Intercom contact `external_id`). */
  externalId?: string;
  email?: string;
  name?: string;
  /** The helpdesk's own user/contact id. */
  helpdeskUserId?: string;
}

/** The ticket the domain works on: a snapshot of the conversation, neutral to the vendor. */
export interface Ticket {
  source: HelpdeskSource;
  id: string;
  /** e.g. `email`, `web`, `chat`, `api`, `messenger`. */
  channel: string;
  subject: string;
  /** Customer-written text, newest last (description plus public customer comments). */
  text: string;
  requester: RequesterIdentity;
  tags: string[];
  /** Helpdesk's `updated_at` when hydrated from the API (Zendesk safe_update needs it). */
  updatedAt?: string;
  status?: string;
  priority?: string;
  /** The requester's locale from the helpdesk when known (BCP 47, e.g. `en-GB`): picks crisis helplines when the requester's country is unknown. */
  locale?: string;
  /**
   * Refs (`rd-…`) found in riskdesk's own earlier notes on this ticket, read during hydration.
   * They let a retried job see that its note already landed before the job could complete.
   */
  existingNoteRefs?: string[];
  /** When the ticket was opened, when known (CLI replays place tickets in time with it). */
  createdAt?: string;
}

export type ActorType = 'customer' | 'agent' | 'bot' | 'system' | 'unknown';

/**
 * What intake produces from one webhook delivery. `ticket` is whatever the delivery carried;
 * the worker hydrates the rest from the helpdesk when credentials allow.
 */
export interface HelpdeskEvent {
  source: HelpdeskSource;
  /** The vendor's own id for this delivery (Zendesk event `id`, Intercom notification `id`). */
  deliveryId: string;
  /** Normalized kind, e.g. `ticket.created`, `ticket.comment_added`, `conversation.user.replied`. */
  kind: string;
  ticketId: string;
  occurredAt: string;
  actor: { type: ActorType; id?: string };
  ticket: Partial<Omit<Ticket, 'source' | 'id'>>;
}
