/** Reading a helpdesk's backlog page by page (the backfill); vendor readers implement it. */
import type { HelpdeskSource, Ticket } from '../domain/ticket';

export interface BacklogItem {
  ticketId: string;
  /** What the listing says about the ticket; the pipeline hydrates the rest. */
  fallback: Partial<Ticket>;
}

export interface BacklogPage {
  items: BacklogItem[];
  /** Where the next page starts; null at the end. */
  nextCursor: string | null;
  /** Total matches when the vendor says (Intercom); Zendesk's export does not. */
  total: number | null;
}

export interface BacklogQuery {
  /** Zendesk: new, open, pending, hold; Intercom: open, snoozed, closed. */
  statuses: readonly string[];
  /** Only tickets updated at or after this time. */
  since: Date | null;
}

export interface BacklogReader {
  source: HelpdeskSource;
  /** One page; `cursor` null for the first. Throws CursorExpiredError when a stored cursor is refused. */
  page(query: BacklogQuery, cursor: string | null): Promise<BacklogPage>;
  /** How many tickets match, when the vendor can say without walking (progress bar total). */
  count?(query: BacklogQuery): Promise<number | null>;
}

/** The vendor no longer accepts a stored cursor (Zendesk's export cursors live one hour). */
export class CursorExpiredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CursorExpiredError';
  }
}
