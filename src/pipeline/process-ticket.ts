/**
 * One ticket, start to finish: hydrate → risk context → decide → settle (write back or not) →
 * record. A risk store or rules failure never drops a crisis ticket: it is decided without
 * context (or by the crisis fallback) and still routed; any other ticket's failure is thrown so
 * the queue retries it. A 409 on write-back re-reads and re-decides, a bounded number of times.
 */
import { inputsHash } from '../audit/fingerprint';
import { sealTicketSnapshot } from '../audit/ticket-snapshot';
import type { Ticket } from '../domain/ticket';
import { ConflictError, TransientHelpdeskError } from '../helpdesk/errors';
import type { RiskContext } from '../risk/types';
import { storedRiskOf } from '../sidebar/stored-risk';
import type { Rules } from '../triage/rules/types';
import type { CrisisResult, Decision } from '../triage/types';
import { crisisFallbackDecision } from './crisis-fallback';
import { settle } from './settle';
import type { PipelineDeps, PipelineInput, PipelineResult, PipelineTrace } from './types';

export const MAX_CONFLICT_ROUNDS = 3;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function timed<T>(deps: PipelineDeps, trace: PipelineTrace, stage: 'hydrate' | 'context' | 'decide', source: string, work: () => Promise<T> | T): Promise<T> {
  const now = deps.now ?? Date.now;
  const started = now();
  try {
    return await work();
  } finally {
    const ms = now() - started;
    trace.timings[stage] = ms;
    deps.metrics?.stageDuration(stage, source, ms);
  }
}

async function hydrate(input: PipelineInput, deps: PipelineDeps): Promise<Ticket> {
  const adapter = deps.adapters[input.source];
  if (adapter) return adapter.hydrate(input.ticketId, input.fallback);
  const f = input.fallback;
  return {
    source: input.source,
    id: input.ticketId,
    channel: f.channel ?? 'unknown',
    subject: f.subject ?? '',
    text: f.text ?? '',
    requester: f.requester ?? {},
    tags: f.tags ?? [],
    ...(f.updatedAt ? { updatedAt: f.updatedAt } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.priority ? { priority: f.priority } : {}),
  };
}

interface Decided {
  decision: Decision;
  rules: Rules | null;
  context: RiskContext | null;
}

/**
 * The crisis verdict decide() uses: the local detector's, raised by the second opinion when one
 * is configured (asked while the risk context is built, so its wait overlaps that stage).
 */
async function crisisVerdict(text: string, local: CrisisResult, input: PipelineInput, deps: PipelineDeps, trace: PipelineTrace): Promise<CrisisResult> {
  const ask = deps.crisisSecondOpinion;
  if (!ask) return local;
  const opinion = await ask(text, local, { ticketId: input.ticketId });
  trace.crisisProvider = opinion.audit;
  return opinion.result;
}

async function riskContext(ticket: Ticket, input: PipelineInput, deps: PipelineDeps, trace: PipelineTrace): Promise<{ context: RiskContext | null; error: unknown }> {
  try {
    return { context: await timed(deps, trace, 'context', input.source, () => deps.buildContext(ticket)), error: null };
  } catch (error) {
    return { context: null, error };
  }
}

/** Context then decision, with the crisis escape hatches; non-crisis failures are rethrown. */
async function contextAndDecision(ticket: Ticket, input: PipelineInput, deps: PipelineDeps, trace: PipelineTrace): Promise<Decided> {
  // The same text decide() would read, so the verdict computed here is the one it uses.
  const text = ticket.subject ? `${ticket.subject}\n${ticket.text}` : ticket.text;
  const local = deps.detectCrisis(text);
  const [crisis, built] = await Promise.all([crisisVerdict(text, local, input, deps, trace), riskContext(ticket, input, deps, trace)]);
  const isCrisis = input.crisisHint || crisis.crisis;
  const { context } = built;
  if (built.error) {
    if (!isCrisis) throw built.error;
    deps.logger.error({ err: errorText(built.error), ticketId: input.ticketId }, 'risk context failed on a crisis ticket: deciding without it');
  }
  // The verdict is already known (local, maybe raised by the second opinion): decide() must not detect again.
  const options = { detectCrisis: () => crisis };
  try {
    const rules = deps.rules.current();
    const at = new Date(input.receivedAt ?? (deps.now ?? Date.now)());
    const incident = deps.incidents ? await deps.incidents.place(ticket, context, at) : null;
    const decision = await timed(deps, trace, 'decide', input.source, () => deps.decide(ticket, context, rules, { ...options, incident }));
    return { decision, rules, context };
  } catch (error) {
    if (!isCrisis) throw error;
    deps.logger.error({ err: errorText(error), ticketId: input.ticketId }, 'rules failed on a crisis ticket: applying the crisis fallback');
    const evidence: CrisisResult = crisis.crisis ? crisis : { ...crisis, crisis: true, crisisReview: false };
    return { decision: crisisFallbackDecision(ticket, evidence, context, errorText(error)), rules: null, context };
  }
}

async function runOnce(input: PipelineInput, deps: PipelineDeps, trace: PipelineTrace): Promise<PipelineResult> {
  const ticket = await timed(deps, trace, 'hydrate', input.source, () => hydrate(input, deps));
  trace.ticket = ticket;
  const { decision, rules, context } = await contextAndDecision(ticket, input, deps, trace);
  trace.decision = decision;
  trace.inputsHash = inputsHash(ticket, context);
  trace.evidence = { ...storedRiskOf(decision.risk.reasons, context), sealedTicket: deps.snapshotKey ? sealTicketSnapshot(ticket, deps.snapshotKey) : null };
  return settle({ input, ticket, decision, rules, trace }, deps);
}

export async function processTicket(input: PipelineInput, deps: PipelineDeps, trace: PipelineTrace): Promise<PipelineResult> {
  let lastConflict: ConflictError | null = null;
  for (let round = 1; round <= MAX_CONFLICT_ROUNDS; round += 1) {
    try {
      const result = await runOnce(input, deps, trace);
      report(input, result, deps);
      notify(input, result, deps);
      return result;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      lastConflict = error;
      deps.logger.info({ ticketId: input.ticketId, round }, 'ticket changed while writing (409): re-reading and deciding again');
    }
  }
  throw new TransientHelpdeskError(
    `${input.source} ticket ${input.ticketId} kept changing during ${MAX_CONFLICT_ROUNDS} write attempts (409) — will retry later`,
    { source: input.source, operation: lastConflict?.operation ?? 'write_back', status: 409, vendorAnswer: lastConflict?.vendorAnswer },
  );
}

function notify(input: PipelineInput, result: PipelineResult, deps: PipelineDeps): void {
  try {
    deps.onDecided?.(input, result);
  } catch (error) {
    deps.logger.warn({ err: errorText(error), ticketId: input.ticketId }, 'a decision listener failed: the decision stands');
  }
}

function report(input: PipelineInput, result: PipelineResult, deps: PipelineDeps): void {
  const m = deps.metrics;
  if (!m) return;
  m.writeBack(input.source, result.outcome);
  m.decision(input.source, result.decision.intent, result.decision.risk.level, result.decision.actions.route);
  const tier = result.decision.crisis ? 'crisis' : result.decision.crisisReview ? 'review' : null;
  if (tier) m.crisisTier(input.source, tier, result.decision.crisisCategory ?? null);
  if (result.timings.writeback !== undefined) m.stageDuration('writeback', input.source, result.timings.writeback);
  if (input.receivedAt) m.webhookToWrite(input.source, result.outcome, (deps.now ?? Date.now)() - input.receivedAt);
}
