/**
 * `riskdesk triage FILE --record`: decide tickets one at a time in file order, placing each in its
 * incident first, and record the decisions (outcome `shadow`, detail `recorded`: nothing is
 * written to a helpdesk) and the incidents in the store, so a wave can be replayed offline.
 * A ticket's `createdAt` places it in time (default: now). Re-running the same file records
 * nothing twice: a decision's job id is derived from the ticket and its time.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { recordDecision } from '../audit/decision-store';
import { inputsHash, materialFingerprint } from '../audit/fingerprint';
import { storedRiskOf } from '../sidebar/stored-risk';
import type { Db } from '../store/db';
import { classifyIntents } from '../triage/classify';
import { decide } from '../triage/decide';
import type { ContextLookup } from '../triage/decision/run-triage';
import { readTickets } from '../triage/decision/read-tickets';
import type { Rules } from '../triage/rules/types';
import type { IncidentsConfig } from './config';
import { placeTicket } from './place-ticket';
import { onSpike, type SpikeSink } from './spikes';

export interface RecordDeps {
  db: Db;
  rules: Rules;
  incidents: IncidentsConfig;
  contextFor: ContextLookup;
  spikes: SpikeSink;
  now?: () => Date;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

/** Returns how many tickets were decided and recorded. */
export async function recordTriage(input: Readable, output: Writable, deps: RecordDeps): Promise<number> {
  let count = 0;
  for await (const record of readTickets(input)) {
    const ticket = record.ticket;
    const context = await deps.contextFor(ticket);
    const at = ticket.createdAt ? new Date(ticket.createdAt) : (deps.now?.() ?? new Date());
    const classification = classifyIntents(ticket.text, ticket.subject);
    const placement = await placeTicket(deps.db, { ticket, context, classification, at }, deps.incidents);
    for (const spike of placement.spikes) onSpike(spike, deps.spikes);
    const decision = decide(ticket, context, deps.rules, { incident: placement.incident, classify: () => classification });
    await recordDecision(deps.db, {
      source: ticket.source,
      ticketId: ticket.id,
      eventIds: [],
      jobId: `record:${ticket.source}:${ticket.id}:${at.toISOString()}`,
      attempt: 1,
      decision,
      inputsHash: inputsHash(ticket, context),
      fingerprint: materialFingerprint(decision),
      noteRef: null,
      outcome: 'shadow',
      outcomeDetail: 'recorded',
      failure: null,
      timings: {},
      writePlan: null,
      evidence: { ...storedRiskOf(decision.risk.reasons, context), sealedTicket: null },
    });
    await write(output, record.document ? `${JSON.stringify(decision, null, 2)}\n` : `${JSON.stringify(decision)}\n`);
    count += 1;
  }
  return count;
}
