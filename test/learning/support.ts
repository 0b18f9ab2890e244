/** Shared helpers of the learning tests: a recorded decision with its sealed ticket snapshot. */
import { randomBytes } from 'node:crypto';
import { recordDecision } from '../../src/audit/decision-store';
import { sealTicketSnapshot } from '../../src/audit/ticket-snapshot';
import type { HelpdeskSource, Ticket } from '../../src/domain/ticket';
import type { Queryable } from '../../src/store/db';
import type { Decision, Intent } from '../../src/triage/types';
import { sampleDecision } from '../worker/fixtures';

export const SNAPSHOT_KEY = randomBytes(32);

export interface DecidedTicket {
  source?: HelpdeskSource;
  ticketId: string;
  subject?: string;
  text?: string;
  intent?: Intent;
  crisis?: boolean;
  crisisReview?: boolean;
  modelVersion?: string;
  key?: Buffer;
}

let jobs = 0;

export async function recordDecided(db: Queryable, t: DecidedTicket): Promise<Decision> {
  const source = t.source ?? 'zendesk';
  const decision: Decision = {
    ...sampleDecision(),
    intent: t.intent ?? 'item_not_received',
    crisis: t.crisis ?? false,
    crisisReview: t.crisisReview ?? false,
    ...(t.modelVersion ? { model: { version: t.modelVersion } } : {}),
  };
  const ticket: Ticket = { source, id: t.ticketId, channel: 'email', subject: t.subject ?? 'Order help', text: t.text ?? 'Where is my parcel? Write to jane.doe@example.com', requester: {}, tags: [] };
  jobs += 1;
  await recordDecision(db, {
    source,
    ticketId: t.ticketId,
    eventIds: ['e'],
    jobId: `learning-${process.pid}-${jobs}-${t.ticketId}`,
    attempt: 1,
    decision,
    inputsHash: 'h',
    fingerprint: 'f',
    noteRef: null,
    outcome: 'shadow',
    outcomeDetail: 'would-write',
    failure: null,
    timings: {},
    evidence: { reasons: [], parties: null, sealedTicket: sealTicketSnapshot(ticket, t.key ?? SNAPSHOT_KEY) },
  });
  return decision;
}
