/**
 * The triage loop behind `riskdesk triage`: tickets in, decisions out, in input order, with risk
 * lookups overlapping (bounded). No Redis, no helpdesk; the caller supplies the risk lookup.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Ticket } from '../../domain/ticket';
import type { RiskContext } from '../../risk/types';
import { decide, type DecideOptions } from '../decide';
import type { Rules } from '../rules/types';
import type { Decision } from '../types';
import { mapOrdered } from './map-ordered';
import { readTickets, type TicketRecord } from './read-tickets';

/** Looks up the risk context; resolves null when the lookup failed (the decision still happens). */
export type ContextLookup = (ticket: Ticket) => Promise<RiskContext | null>;

export interface TriageDeps {
  rules: Rules;
  contextFor: ContextLookup;
  /** Risk lookups in flight at once (default 8). */
  concurrency?: number;
  decideOptions?: DecideOptions;
}

export interface DecidedTicket {
  record: TicketRecord;
  context: RiskContext | null;
  decision: Decision;
}

/** Decides every ticket of the stream, yielding in input order. Throws TicketInputError on bad input. */
export function decideStream(input: Readable, deps: TriageDeps): AsyncGenerator<DecidedTicket> {
  return mapOrdered(readTickets(input), deps.concurrency ?? 8, async (record) => {
    const context = await deps.contextFor(record.ticket);
    return { record, context, decision: decide(record.ticket, context, deps.rules, deps.decideOptions) };
  });
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

/**
 * Prints one decision per JSON Lines line (compact), or one pretty JSON decision for a single
 * JSON document. Returns how many tickets were decided.
 */
export async function runTriage(input: Readable, output: Writable, deps: TriageDeps): Promise<number> {
  let count = 0;
  for await (const { record, decision } of decideStream(input, deps)) {
    await write(output, record.document ? `${JSON.stringify(decision, null, 2)}\n` : `${JSON.stringify(decision)}\n`);
    count += 1;
  }
  return count;
}
