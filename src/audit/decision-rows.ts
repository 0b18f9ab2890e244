/** How an audit row reads back: the columns every query selects and their mapping to records. */
import { PROVIDER_OUTCOMES, type CrisisProviderAudit } from '../crisis-provider/types';
import type { HelpdeskSource } from '../domain/ticket';
import { REASON_CODES, type RiskReason } from '../risk/types';
import { isCrisisCategory } from '../triage/crisis/taxonomy';
import type { PartiesSummary } from '../sidebar/context-view';
import type { DecisionRecord, StageTimings, WriteBackOutcome, WritePlan } from './types';

export interface DecisionRow {
  id: string;
  source: HelpdeskSource;
  ticket_id: string;
  event_ids: unknown;
  job_id: string | null;
  attempt: number | null;
  rules_version: string | null;
  fired_rules: unknown;
  inputs_hash: string | null;
  intent: string | null;
  intents: unknown;
  crisis: boolean;
  crisis_review: boolean | null;
  crisis_category: string | null;
  score: number | null;
  level: string | null;
  reason_codes: unknown;
  actions: unknown;
  fingerprint: string | null;
  note_ref: string | null;
  outcome: WriteBackOutcome;
  outcome_detail: string | null;
  failure_status: number | null;
  failure_summary: string | null;
  timings: unknown;
  created_at: Date | string;
}

export const RECORD_COLUMNS = `id::text AS id, source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, inputs_hash,
  intent, intents, crisis, crisis_review, crisis_category, score, level, reason_codes, actions, fingerprint, note_ref, outcome, outcome_detail,
  failure_status, failure_summary, timings, created_at`;

// pg parses JSONB for us; a driver that hands back text still works.
export function json<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

export function toRecord(row: DecisionRow): DecisionRecord {
  return {
    id: String(row.id),
    source: row.source,
    ticketId: row.ticket_id,
    eventIds: json<string[]>(row.event_ids, []),
    jobId: row.job_id,
    attempt: row.attempt === null ? null : Number(row.attempt),
    rulesVersion: row.rules_version,
    firedRules: json<string[]>(row.fired_rules, []),
    inputsHash: row.inputs_hash,
    intent: row.intent,
    intents: json(row.intents, []),
    crisis: row.crisis,
    crisisReview: row.crisis_review === true,
    crisisCategory: isCrisisCategory(row.crisis_category) ? row.crisis_category : null,
    score: row.score === null ? null : Number(row.score),
    level: row.level,
    reasonCodes: json<string[]>(row.reason_codes, []),
    actions: json(row.actions, null),
    fingerprint: row.fingerprint,
    noteRef: row.note_ref,
    outcome: row.outcome,
    outcomeDetail: row.outcome_detail,
    failureStatus: row.failure_status === null ? null : Number(row.failure_status),
    failureSummary: row.failure_summary,
    timings: json<StageTimings>(row.timings, {}),
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : new Date(row.created_at).toISOString(),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored plan, or null when the row has none (recorded before plans were kept) or it is unreadable. */
export function writePlanOf(value: unknown): WritePlan | null {
  const plan = json<unknown>(value, null);
  return isObject(plan) && isObject(plan.note) && typeof plan.note.html === 'string' ? (plan as unknown as WritePlan) : null;
}

const isReason = (value: unknown): value is RiskReason =>
  isObject(value) && (REASON_CODES as readonly unknown[]).includes(value.code) && typeof value.weight === 'number' && typeof value.text === 'string' && typeof value.party === 'string' && isObject(value.evidence);

/** Stored reasons (entries outside the contract dropped), or null when the row kept none. */
export function reasonsOf(value: unknown): RiskReason[] | null {
  const reasons = json<unknown>(value, null);
  return Array.isArray(reasons) ? reasons.filter(isReason) : null;
}

export function partiesOf(value: unknown): PartiesSummary | null {
  const parties = json<unknown>(value, null);
  return isObject(parties) && Array.isArray(parties.parties) && Array.isArray(parties.linkedAccounts) ? (parties as unknown as PartiesSummary) : null;
}

/** A stored crisis-provider outcome, or null when the row has none (no provider, or recorded before 110). */
export function crisisProviderOf(value: unknown): CrisisProviderAudit | null {
  const audit = json<unknown>(value, null);
  return isObject(audit) && typeof audit.provider === 'string' && (PROVIDER_OUTCOMES as readonly unknown[]).includes(audit.outcome) && typeof audit.latencyMs === 'number'
    ? (audit as unknown as CrisisProviderAudit)
    : null;
}
