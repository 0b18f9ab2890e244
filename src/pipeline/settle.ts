/**
 * Effectively once: the decision is written back only when what it says changed materially since
 * the last note riskdesk wrote on the ticket (note memory, in the database), and a note that
 * landed before a crash is recognised by its ref instead of being written again.
 * The caller holds the per-ticket lock, so no other worker settles this ticket meanwhile.
 */
import { materialFingerprint, noteRef, withRefFooter } from '../audit/fingerprint';
import { recordDecision, recordWrittenDecision } from '../audit/decision-store';
import { readNoteMemory } from '../audit/note-memory';
import type { DecisionRecordInput } from '../audit/types';
import type { Ticket } from '../domain/ticket';
import type { Rules } from '../triage/rules/types';
import type { Decision } from '../triage/types';
import type { PipelineDeps, PipelineInput, PipelineResult, PipelineTrace } from './types';
import { buildWriteBack, planWrite } from './write-plan';

export interface SettleArgs {
  input: PipelineInput;
  ticket: Ticket;
  decision: Decision;
  rules: Rules | null;
  trace: PipelineTrace;
}

function recordOf(args: SettleArgs, outcome: PipelineResult['outcome'], detail: string | null, ref: string | null): DecisionRecordInput {
  const { input, trace } = args;
  return {
    source: input.source,
    ticketId: input.ticketId,
    eventIds: input.eventIds,
    jobId: input.jobId,
    attempt: input.attempt,
    decision: args.decision,
    inputsHash: trace.inputsHash ?? null,
    fingerprint: trace.fingerprint ?? null,
    noteRef: ref,
    outcome,
    outcomeDetail: detail,
    failure: null,
    timings: trace.timings,
    writePlan: trace.writePlan ?? null,
    evidence: trace.evidence ?? null,
    crisisProvider: trace.crisisProvider ?? null,
  };
}

export async function settle(args: SettleArgs, deps: PipelineDeps): Promise<PipelineResult> {
  const { input, ticket, decision, trace } = args;
  const now = deps.now ?? Date.now;
  const fingerprint = materialFingerprint(decision);
  trace.fingerprint = fingerprint;
  const memory = await readNoteMemory(deps.db, input.source, input.ticketId);
  const unchanged = memory?.fingerprint === fingerprint;
  const ref = unchanged ? (memory?.ref ?? null) : noteRef(fingerprint, memory?.ref ?? null);
  trace.noteRef = ref ?? undefined;
  const fields = deps.riskFields?.(input.source, decision.risk) ?? {};
  const noteHtml = withRefFooter(decision.note, ref ?? '');
  trace.writePlan = planWrite(input.source, decision, args.rules, noteHtml, fields);
  const done = (outcome: PipelineResult['outcome'], detail: string | null): PipelineResult => ({
    outcome,
    outcomeDetail: detail,
    decision,
    fingerprint,
    noteRef: ref,
    timings: trace.timings,
  });

  if (deps.mode === 'shadow' || !deps.adapters[input.source]) {
    // Shadow: everything is decided and recorded with the plan it would write, nothing is written
    // (and memory stays as it is).
    const detail = unchanged ? 'would-skip-unchanged' : 'would-write';
    await recordDecision(deps.db, recordOf(args, 'shadow', detail, ref));
    return done('shadow', detail);
  }
  if (unchanged) {
    await recordDecision(deps.db, recordOf(args, 'unchanged', null, ref));
    return done('unchanged', null);
  }
  const remember = { source: input.source, ticketId: input.ticketId, fingerprint, ref: ref ?? '' };
  const adapter = deps.adapters[input.source];
  if (!adapter) throw new Error(`no ${input.source} adapter configured`);
  if (ref && ticket.existingNoteRefs?.includes(ref)) {
    // An earlier run wrote this very note and died before recording it (or before its later
    // steps ran): re-assert the idempotent steps (tags, route, priority, fields) WITHOUT the note.
    const started = now();
    await adapter.writeBack(buildWriteBack(ticket, decision, args.rules, null, fields));
    trace.timings.writeback = now() - started;
    await recordWrittenDecision(deps.db, remember, recordOf(args, 'written', 'recovered', ref));
    return done('written', 'recovered');
  }
  const started = now();
  await adapter.writeBack(buildWriteBack(ticket, decision, args.rules, noteHtml, fields));
  trace.timings.writeback = now() - started;
  // Memory and audit row in ONE statement, atomic by itself: no BEGIN/COMMIT round trips.
  await recordWrittenDecision(deps.db, remember, recordOf(args, 'written', null, ref));
  return done('written', null);
}
