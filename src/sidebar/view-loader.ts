/**
 * Loads the sidebar view of one ticket from injected pieces, so the HTTP layer knows nothing of
 * the audit trail, the helpdesk clients or the risk store:
 * - a stored decision exists → its intents, reasons and actions + history + a fresh risk context
 *   (from the stored ticket snapshot when there is one, so the helpdesk is not called), and a
 *   live triage pass so a crisis message that arrived since the decision shows at once; when no
 *   context can be built, the parties stored with the decision are shown;
 * - none yet → hydrate the ticket (or take the one the caller got from the helpdesk's request),
 *   build the context and decide on the spot, writing nothing back.
 */
import { WRITEBACK_OUTCOMES, type WriteBackOutcome } from '../audit/types';
import type { HelpdeskSource, Ticket } from '../domain/ticket';
import type { RiskContext } from '../risk/types';
import type { ViewIncident } from '../incidents/view';
import type { Decision } from '../triage/types';
import type { ActionsStatus, ContextView, DecisionSummary, PartiesSummary, ViewHistoryEntry } from './context-view';
import { toContextView } from './to-context-view';

/** One audit-trail row as the sidebar needs it (from-audit.ts adapts the store's records). */
export interface StoredDecision {
  /** When the decision was made (ISO 8601). */
  decidedAt: string;
  /** Write-back outcome as shown: written, unchanged, shadow, failed (HTTP 422)… */
  outcome: string;
  /** The outcome itself, when known: says whether the actions were written. */
  outcomeKind?: WriteBackOutcome;
  rulesVersion: string | null;
  /** Null when the job failed before a decision existed. */
  summary: DecisionSummary | null;
  /**
   * The ticket as the worker saw it, when the audit trail keeps it: the fresh risk context is
   * then built from it without calling the helpdesk (whose rate budget belongs to the worker).
   */
  ticket?: Ticket;
  /** The parties as they were at decision time, masked: shown when no fresh context can be built. */
  parties?: PartiesSummary | null;
}

export interface ViewLoaderDeps {
  /** Stored decisions for the ticket, any order (the loader sorts newest first). */
  findDecisions(source: HelpdeskSource, ticketId: string): Promise<StoredDecision[]>;
  /** The current ticket, or null when the helpdesk (or the last webhook) knows no such ticket. */
  hydrate(source: HelpdeskSource, ticketId: string): Promise<Ticket | null>;
  /** The risk context, or null when the risk store cannot answer. */
  buildContext(ticket: Ticket): Promise<RiskContext | null>;
  decide(ticket: Ticket, context: RiskContext): Decision;
  /** The incident card of the ticket (src/incidents/view.ts); without it views carry none. */
  findIncident?(source: HelpdeskSource, ticketId: string): Promise<ViewIncident | null>;
  /** Whether riskdesk writes to this helpdesk (`shadow`: WRITEBACK_MODE=shadow or no credentials). Default live. */
  mode?: (source: HelpdeskSource) => 'live' | 'shadow';
  now?: () => Date;
  /** Logged, never thrown: a failing hydration still shows the stored decision. */
  onWarning?: (message: string, error: unknown) => void;
}

/**
 * `fallback`: the ticket as the caller already has it (e.g. the conversation and contact in a
 * Canvas Kit request), used when there is no stored snapshot and the helpdesk cannot be read.
 */
export type LoadView = (source: HelpdeskSource, ticketId: string, fallback?: Ticket) => Promise<ContextView | null>;

export function toHistoryEntry(stored: StoredDecision): ViewHistoryEntry {
  const { summary } = stored;
  return {
    at: stored.decidedAt,
    rulesVersion: stored.rulesVersion,
    level: summary?.risk.level ?? null,
    score: summary?.risk.score ?? null,
    intent: summary?.intent ?? null,
    outcome: stored.outcome,
  };
}

/** A triage Decision as the loader stores it in tests and previews. */
export function storedFromDecision(decision: Decision, decidedAt: string, outcome: string, ticket?: Ticket): StoredDecision {
  const kind = WRITEBACK_OUTCOMES.find((known) => known === outcome);
  return { decidedAt, outcome, ...(kind ? { outcomeKind: kind } : {}), rulesVersion: decision.rules.version, summary: decision, ticket };
}

/** Were the stored decision's actions written? Unknown outcomes count as taken (they predate the kind). */
export function actionsStatusOf(stored: StoredDecision): ActionsStatus {
  if (stored.outcomeKind === 'shadow') return 'shadow';
  if (stored.outcomeKind === 'failed') return 'failed';
  return 'taken';
}

/** What `decide` sees when the risk store is down: no parties, a note saying why. */
export function unavailableContext(now: Date): RiskContext {
  return {
    requester: null,
    requesterNote: 'risk context unavailable (risk store did not answer)',
    parties: [],
    orders: [],
    mentions: { orderIds: [], handles: [], trackingNumbers: [] },
    score: 0,
    level: 'low',
    reasons: [],
    computedAt: now.toISOString(),
  };
}

/** Stored intents and actions; crisis from either the stored or the live pass (never hide one). */
function mergeLive(stored: DecisionSummary, live: Decision | null): DecisionSummary {
  if (!live) return stored;
  const crisisEvidence = stored.crisisEvidence.length > 0 ? stored.crisisEvidence : live.crisisEvidence;
  const crisis = stored.crisis || live.crisis;
  // Either pass may have seen possible danger; the stronger tier wins, and its category with it.
  const crisisReview = !crisis && (stored.crisisReview === true || live.crisisReview);
  const crisisCategory = crisis
    ? ((stored.crisis ? stored.crisisCategory : live.crisisCategory) ?? stored.crisisCategory ?? live.crisisCategory ?? null)
    : (stored.crisisCategory ?? live.crisisCategory ?? null);
  return { ...stored, crisis, crisisReview, crisisCategory, crisisEvidence, helplines: live.helplines ?? stored.helplines ?? null };
}

export function createViewLoader(deps: ViewLoaderDeps): LoadView {
  const now = deps.now ?? (() => new Date());
  const warn = deps.onWarning ?? (() => undefined);
  const mode = deps.mode ?? (() => 'live');

  async function fresh(source: HelpdeskSource, ticketId: string, known: Ticket | undefined): Promise<{ context: RiskContext | null; live: Decision | null }> {
    try {
      const ticket = known ?? (await deps.hydrate(source, ticketId));
      const context = ticket ? await deps.buildContext(ticket) : null;
      return { context, live: ticket && context ? deps.decide(ticket, context) : null };
    } catch (error) {
      warn('sidebar: fresh risk context failed; showing the stored decision', error);
      return { context: null, live: null };
    }
  }

  async function decidedView(source: HelpdeskSource, ticketId: string, stored: StoredDecision[], latest: StoredDecision, summary: DecisionSummary, fallback: Ticket | undefined): Promise<ContextView> {
    const { context, live } = await fresh(source, ticketId, latest.ticket ?? fallback);
    const decision = mergeLive(summary, live);
    return toContextView({
      source,
      ticketId,
      status: 'decided',
      decision,
      context,
      storedParties: latest.parties ?? null,
      actionsStatus: actionsStatusOf(latest),
      history: stored.map(toHistoryEntry),
      now: now(),
    });
  }

  async function previewView(source: HelpdeskSource, ticketId: string, stored: StoredDecision[], fallback: Ticket | undefined): Promise<ContextView | null> {
    const ticket = (await deps.hydrate(source, ticketId)) ?? fallback ?? null;
    if (!ticket) return null;
    const context = await deps.buildContext(ticket);
    const decision = deps.decide(ticket, context ?? unavailableContext(now()));
    const actionsStatus: ActionsStatus = mode(source) === 'shadow' ? 'shadow' : 'proposed';
    return toContextView({ source, ticketId, status: 'preview', decision, context, actionsStatus, history: stored.map(toHistoryEntry), now: now() });
  }

  async function incidentOf(source: HelpdeskSource, ticketId: string): Promise<ViewIncident | null> {
    try {
      return (await deps.findIncident?.(source, ticketId)) ?? null;
    } catch (error) {
      warn('sidebar: incident lookup failed; showing the view without it', error);
      return null;
    }
  }

  async function load(source: HelpdeskSource, ticketId: string, fallback: Ticket | undefined): Promise<ContextView | null> {
    const stored = [...(await deps.findDecisions(source, ticketId))].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
    const latest = stored.find((s) => s.summary !== null);
    if (latest?.summary) return decidedView(source, ticketId, stored, latest, latest.summary, fallback);
    // Only failed attempts (or nothing) so far: show what triage would decide now, and the failures.
    return previewView(source, ticketId, stored, fallback);
  }

  return async (source, ticketId, fallback) => {
    const [view, incident] = await Promise.all([load(source, ticketId, fallback), incidentOf(source, ticketId)]);
    if (!view || !deps.findIncident) return view;
    return { ...view, incident };
  };
}
