/**
 * The audit trail: every decision the worker makes is stored, and read back by the decisions API,
 * the CLI and the sidebar. Works on pg and PGlite alike (plain SQL, JSON passed as text).
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { REMEMBER_NOTE_SQL, rememberNoteParams, type NoteMemoryWrite } from './note-memory';
import type { DecisionRecord, DecisionRecordInput, StageTimings, WriteBackOutcome } from './types';

const MAX_SUMMARY = 500;

const INSERT_DECISION = `INSERT INTO decision_audit (source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, inputs_hash,
       intent, intents, crisis, score, level, reason_codes, actions, fingerprint, note_ref, outcome, outcome_detail,
       failure_status, failure_summary, timings)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb, $11, $12, $13, $14::jsonb, $15::jsonb, $16, $17,
       $18, $19, $20, $21, $22::jsonb)
     ON CONFLICT (job_id, attempt) DO NOTHING`;

function decisionParams(input: DecisionRecordInput): unknown[] {
  const d = input.decision;
  return [
    input.source,
    input.ticketId,
    JSON.stringify(input.eventIds),
    input.jobId,
    input.attempt,
    d?.rules.version ?? null,
    JSON.stringify(d?.rules.fired ?? []),
    input.inputsHash,
    d?.intent ?? null,
    JSON.stringify(d?.intents ?? []),
    d?.crisis ?? false,
    d?.risk.score ?? null,
    d?.risk.level ?? null,
    JSON.stringify(d ? [...new Set(d.risk.reasons.map((r) => r.code))] : []),
    d ? JSON.stringify(d.actions) : null,
    input.fingerprint,
    input.noteRef,
    input.outcome,
    input.outcomeDetail,
    input.failure?.status ?? null,
    input.failure ? input.failure.summary.slice(0, MAX_SUMMARY) : null,
    JSON.stringify(input.timings),
  ];
}

/**
 * Inserts one decision row. A row for the same (job id, attempt) is kept once: a job re-run after
 * its worker died mid-way does not count its decision twice.
 */
export async function recordDecision(db: Queryable, input: DecisionRecordInput): Promise<void> {
  await db.query(INSERT_DECISION, decisionParams(input));
}

// The note-memory upsert's parameters follow the decision's 22.
const RECORD_WRITTEN_SQL = `WITH remembered AS (${REMEMBER_NOTE_SQL.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 22}`)}) ${INSERT_DECISION}`;

/**
 * A written note: remembers it in the note memory AND records the decision in ONE statement (a
 * data-modifying CTE: one statement, so both land or neither does, with no explicit transaction).
 */
export async function recordWrittenDecision(db: Queryable, memory: NoteMemoryWrite, input: DecisionRecordInput): Promise<void> {
  await db.query(RECORD_WRITTEN_SQL, [...decisionParams(input), ...rememberNoteParams(memory)]);
}

interface DecisionRow {
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

// pg parses JSONB for us; a driver that hands back text still works.
function json<T>(value: unknown, fallback: T): T {
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

function toRecord(row: DecisionRow): DecisionRecord {
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

const SELECT = `SELECT id::text AS id, source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, inputs_hash,
  intent, intents, crisis, score, level, reason_codes, actions, fingerprint, note_ref, outcome, outcome_detail,
  failure_status, failure_summary, timings, created_at FROM decision_audit`;

/**
 * Newest decisions first. `source` and `ticketId` narrow the search when given (null = any);
 * the (source, ticket_id, created_at) index serves the per-ticket lookups the sidebar makes.
 */
export async function findDecisions(
  db: Queryable,
  source: HelpdeskSource | null,
  ticketId: string | null,
  limit: number,
): Promise<DecisionRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (source) {
    params.push(source);
    where.push(`source = $${params.length}`);
  }
  if (ticketId) {
    params.push(ticketId);
    where.push(`ticket_id = $${params.length}`);
  }
  params.push(Math.max(1, Math.min(1000, Math.floor(limit))));
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`;
  const result = await db.query<DecisionRow>(sql, params);
  return result.rows.map(toRecord);
}

/** One decision by its id (as the decisions list and `riskdesk demo` print it), or null. */
export async function findDecisionById(db: Queryable, id: string): Promise<DecisionRecord | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const result = await db.query<DecisionRow>(`${SELECT} WHERE id = $1::bigint`, [id]);
  const row = result.rows[0];
  return row ? toRecord(row) : null;
}

/** Count of stored decisions per outcome (tests, bench, CLI summaries). */
export async function countDecisions(db: Queryable): Promise<Record<WriteBackOutcome, number>> {
  const result = await db.query<{ outcome: WriteBackOutcome; n: string | number }>(
    'SELECT outcome, count(*)::int AS n FROM decision_audit GROUP BY outcome',
  );
  const counts: Record<WriteBackOutcome, number> = { written: 0, unchanged: 0, shadow: 0, failed: 0 };
  for (const row of result.rows) counts[row.outcome] = Number(row.n);
  return counts;
}
