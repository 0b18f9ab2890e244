/**
 * Crisis and crisis-review decisions, with their category and the time from the webhook to the
 * routed decision: what the overview's crisis panel counts (migration 133).
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';

export interface DecisionSignal {
  source: HelpdeskSource;
  ticketId: string;
  tier: 'crisis' | 'crisis_review';
  category: string | null;
  /** Webhook received → decision routed, ms; null when the webhook time is unknown. */
  routedMs: number | null;
}

export async function recordDecisionSignal(db: Queryable, signal: DecisionSignal): Promise<void> {
  await db.query('INSERT INTO decision_signals (source, ticket_id, tier, category, routed_ms) VALUES ($1, $2, $3, $4, $5)', [
    signal.source,
    signal.ticketId,
    signal.tier,
    signal.category,
    signal.routedMs === null ? null : Math.max(0, Math.round(signal.routedMs)),
  ]);
}
