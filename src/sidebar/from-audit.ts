/**
 * Adapts the audit trail's DecisionRecord (src/audit) to what the sidebar loader needs. The
 * trail keeps reason codes, not reason texts or crisis excerpts: the view takes those from the
 * fresh risk context and the live triage pass, and falls back to the codes when neither answers.
 */
import type { DecisionRecord } from '../audit/types';
import { REASON_CODES, RISK_LEVELS, type ReasonCode, type RiskLevel, type RiskReason } from '../risk/types';
import { INTENTS, type Intent, type IntentScore } from '../triage/types';
import type { DecisionSummary } from './context-view';
import type { StoredDecision } from './view-loader';

const isIntent = (value: unknown): value is Intent => (INTENTS as readonly unknown[]).includes(value);
const isLevel = (value: unknown): value is RiskLevel => (RISK_LEVELS as readonly unknown[]).includes(value);
const isReasonCode = (value: unknown): value is ReasonCode => (REASON_CODES as readonly unknown[]).includes(value);

function codeReason(code: ReasonCode): RiskReason {
  return { code, party: '', text: code.replace(/_/g, ' '), weight: 0, evidence: {} };
}

function summaryOf(record: DecisionRecord): DecisionSummary | null {
  if (record.intent === null || record.score === null || !isLevel(record.level) || record.actions === null) return null;
  const intents: IntentScore[] = record.intents.filter((i): i is IntentScore => isIntent(i.name));
  return {
    intent: isIntent(record.intent) ? record.intent : 'other',
    intents,
    crisis: record.crisis,
    crisisEvidence: [],
    risk: { score: record.score, level: record.level, reasons: record.reasonCodes.filter(isReasonCode).map(codeReason) },
    actions: record.actions,
  };
}

/** One audit record → the loader's StoredDecision (summary null for a job that failed before deciding). */
export function storedFromAuditRecord(record: DecisionRecord): StoredDecision {
  const failed = record.outcome === 'failed' && record.failureStatus !== null ? `failed (HTTP ${record.failureStatus})` : record.outcome;
  return { decidedAt: record.createdAt, outcome: failed, rulesVersion: record.rulesVersion, summary: summaryOf(record) };
}
