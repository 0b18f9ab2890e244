/**
 * What the ticket pipeline needs from the outside world, injected so the orchestration stays a
 * plain async function: no queue, no process, no globals. jobs/ supplies the real ones.
 */
import type { DecisionEvidence, StageTimings, WriteBackOutcome, WritePlan } from '../audit/types';
import type { CrisisSecondOpinion } from '../crisis-provider/guarded-opinion';
import type { CrisisProviderAudit } from '../crisis-provider/types';
import type { DecideOptions } from '../triage/decide';
import type { Db } from '../store/db';
import type { HelpdeskSource, Ticket } from '../domain/ticket';
import type { HelpdeskAdapter } from '../helpdesk/types';
import type { DecisionIncident } from '../incidents/types';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { RiskContext, RiskLevel } from '../risk/types';
import type { Rules } from '../triage/rules/types';
import type { CrisisResult, Decision } from '../triage/types';

/** Rules are read per job, so a rules file that failed to load can recover without a restart. */
export interface RulesProvider {
  /** The current rules; throws (with a message saying how to fix the file) when none are usable. */
  current(): Rules;
}

/**
 * Places a ticket in an incident before it is decided (src/incidents). Never throws: a failure
 * is logged and the ticket is decided without an incident.
 */
export interface IncidentStep {
  place(ticket: Ticket, context: RiskContext | null, at: Date): Promise<DecisionIncident | null>;
}

export interface PipelineDeps {
  db: Db;
  rules: RulesProvider;
  /** Adapters of the helpdesks whose API credentials are configured; others hydrate from the webhook. */
  adapters: Partial<Record<HelpdeskSource, HelpdeskAdapter>>;
  mode: 'live' | 'shadow';
  buildContext(ticket: Ticket): Promise<RiskContext>;
  /** Pure; `options.detectCrisis` carries the crisis verdict merged with the second opinion, when one was asked. */
  decide(ticket: Ticket, context: RiskContext | null, rules: Rules, options?: DecideOptions): Decision;
  /** Incident formation; without it decisions carry no incident. */
  incidents?: IncidentStep;
  detectCrisis(text: string): CrisisResult;
  /**
   * The optional second opinion (CRISIS_PROVIDER, docs/crisis-provider.md): never rejects, answers
   * within its timeout, and only ever raises the local verdict. Absent → the local detector decides alone.
   */
  crisisSecondOpinion?: CrisisSecondOpinion;
  logger: Logger;
  metrics?: Metrics;
  /** Clock for stage timings (tests may fake it). */
  now?: () => number;
  /** The helpdesk fields that carry the risk (src/helpdesk/risk-fields.ts); none when absent. */
  riskFields?(source: HelpdeskSource, risk: { score: number; level: RiskLevel }): Record<string, string | number>;
  /**
   * Seals the ticket snapshot kept with each decision (the job-data key), so the sidebars can
   * rebuild its risk context without the helpdesk. Without it no snapshot is kept.
   */
  snapshotKey?: Buffer;
  /**
   * Told of every settled decision (alerts, dashboard signals). Called without waiting; whatever
   * it does must neither throw nor slow the pipeline.
   */
  onDecided?(input: PipelineInput, result: PipelineResult): void;
}

export interface PipelineInput {
  source: HelpdeskSource;
  ticketId: string;
  /** What the webhook(s) carried: used as is without credentials, as fallback with them. */
  fallback: Partial<Ticket>;
  eventIds: string[];
  /** Intake's crisis verdict on the webhook text; re-checked on the hydrated text. */
  crisisHint: boolean;
  jobId: string | null;
  attempt: number | null;
  /** Epoch ms the (latest) webhook was received, for webhook-to-write latency. */
  receivedAt?: number;
}

/** What the pipeline knew when it stopped: the final-failure hook records it. */
export interface PipelineTrace {
  ticket?: Ticket;
  decision?: Decision;
  inputsHash?: string;
  fingerprint?: string;
  noteRef?: string;
  /** What the decision writes (or would write in shadow mode). */
  writePlan?: WritePlan;
  /** Masked reasons and parties, sealed ticket: kept with the decision for the sidebars. */
  evidence?: DecisionEvidence;
  /** What the crisis second opinion did (absent without a provider). */
  crisisProvider?: CrisisProviderAudit;
  timings: StageTimings;
}

export interface PipelineResult {
  outcome: WriteBackOutcome;
  outcomeDetail: string | null;
  decision: Decision;
  fingerprint: string;
  noteRef: string | null;
  timings: StageTimings;
}

export const newTrace = (): PipelineTrace => ({ timings: {} });
