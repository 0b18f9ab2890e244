/**
 * Adapts the audit trail's records (src/audit) to what the sidebar loader needs. Rows keep the
 * decision's masked reasons (with weights), its parties and a sealed ticket snapshot; rows
 * recorded before those were kept fall back to the reason codes alone.
 */
import type { DecisionRecord } from '../audit/types';
import type { Ticket } from '../domain/ticket';
import { REASON_CODES, RISK_LEVELS, type ReasonCode, type RiskLevel, type RiskReason } from '../risk/types';
import { INTENTS, type Intent, type IntentScore } from '../triage/types';
import type { DecisionSummary, PartiesSummary } from './context-view';
import type { StoredDecision } from './view-loader';

const isIntent = (value: unknown): value is Intent => (INTENTS as readonly unknown[]).includes(value);
const isLevel = (value: unknown): value is RiskLevel => (RISK_LEVELS as readonly unknown[]).includes(value);
const isReasonCode = (value: unknown): value is ReasonCode => (REASON_CODES as readonly unknown[]).includes(value);

/** What the trail kept beside the record (all null for older rows). */
export interface StoredEvidence {
  reasons: RiskReason[] | null;
  parties: PartiesSummary | null;
  /** The opened snapshot; null when none was kept or it cannot be opened. */
  ticket: Ticket | null;
}

const NO_EVIDENCE: StoredEvidence = { reasons: null, parties: null, ticket: null };

function codeReason(code: ReasonCode): RiskReason {
  return { code, party: '', text: code.replace(/_/g, ' '), weight: 0, evidence: {} };
}

function summaryOf(record: DecisionRecord, reasons: RiskReason[] | null): DecisionSummary | null {
  if (record.intent === null || record.score === null || !isLevel(record.level) || record.actions === null) return null;
  const intents: IntentScore[] = record.intents.filter((i): i is IntentScore => isIntent(i.name));
  return {
    intent: isIntent(record.intent) ? record.intent : 'other',
    intents,
    crisis: record.crisis,
    crisisReview: record.crisisReview,
    crisisCategory: record.crisisCategory,
    crisisEvidence: [],
    risk: { score: record.score, level: record.level, reasons: reasons ?? record.reasonCodes.filter(isReasonCode).map(codeReason) },
    actions: record.actions,
  };
}

/** One audit record → the loader's StoredDecision (summary null for a job that failed before deciding). */
export function storedFromAuditRecord(record: DecisionRecord, evidence: StoredEvidence = NO_EVIDENCE): StoredDecision {
  const failed = record.outcome === 'failed' && record.failureStatus !== null ? `failed (HTTP ${record.failureStatus})` : record.outcome;
  return {
    decidedAt: record.createdAt,
    outcome: failed,
    outcomeKind: record.outcome,
    rulesVersion: record.rulesVersion,
    summary: summaryOf(record, evidence.reasons),
    parties: evidence.parties,
    ...(evidence.ticket ? { ticket: evidence.ticket } : {}),
  };
}
