/**
 * Records one label against the latest decision on its ticket: the decision's intent, crisis
 * tiers, model and rules versions, and the ticket text from the decision's sealed snapshot,
 * masked. Returns null when riskdesk never decided on the ticket (nothing is stored).
 */
import { openTicketSnapshot } from '../../audit/ticket-snapshot';
import type { Queryable } from '../../store/db';
import { latestDecision, upsertLabel, type UpsertResult } from './label-store';
import type { LabelInput } from './label-types';
import { maskLabelText } from './mask-label-text';

export interface RecordLabelDeps {
  /** The job-data key the worker seals ticket snapshots with; without it no text is kept. */
  snapshotKey?: Buffer;
  /** Called after a label is stored (metrics, label memory refresh). */
  onRecorded?: (result: UpsertResult) => void;
}

export async function recordLabel(db: Queryable, input: LabelInput, deps: RecordLabelDeps = {}): Promise<UpsertResult | null> {
  const decision = await latestDecision(db, input.source, input.ticketId);
  if (!decision) return null;
  const ticket = deps.snapshotKey && decision.sealedTicket ? openTicketSnapshot(decision.sealedTicket, deps.snapshotKey, input.source, input.ticketId) : null;
  const text = ticket ? maskLabelText(ticket.subject ?? '', ticket.text ?? '') : null;
  const result = await upsertLabel(db, input, decision, text);
  deps.onRecorded?.(result);
  return result;
}
