/**
 * The audit trail: every decision the worker makes is stored, and read back by the decisions API,
 * the CLI and the sidebar. Works on pg and PGlite alike (plain SQL, JSON passed as text).
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Queryable } from '../store/db';
import { crisisProviderOf, partiesOf, reasonsOf, RECORD_COLUMNS, toRecord, writePlanOf, type DecisionRow } from './decision-rows';
import { REMEMBER_NOTE_SQL, rememberNoteParams, type NoteMemoryWrite } from './note-memory';
import type { AuditedDecision, DecisionDetail, DecisionRecord, DecisionRecordInput, WriteBackOutcome } from './types';

const MAX_SUMMARY = 500;

const INSERT_DECISION = `INSERT INTO decision_audit (source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, inputs_hash,
       intent, intents, crisis, score, level, reason_codes, actions, fingerprint, note_ref, outcome, outcome_detail,
       failure_status, failure_summary, timings, write_plan, reasons, parties, ticket_sealed, crisis_provider, crisis_review, crisis_category)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb, $11, $12, $13, $14::jsonb, $15::jsonb, $16, $17,
       $18, $19, $20, $21, $22::jsonb, $23::jsonb, $24::jsonb, $25::jsonb, $26, $27::jsonb, $28, $29)
     ON CONFLICT (job_id, attempt) DO NOTHING`;

const jsonOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

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
    jsonOrNull(input.writePlan),
    jsonOrNull(input.evidence?.reasons),
    jsonOrNull(input.evidence?.parties),
    input.evidence?.sealedTicket ?? null,
    jsonOrNull(input.crisisProvider),
    d?.crisisReview ?? false,
    d?.crisisCategory ?? null,
  ];
}

const DECISION_PARAMS = 29;

/**
 * Inserts one decision row. A row for the same (job id, attempt) is kept once: a job re-run after
 * its worker died mid-way does not count its decision twice.
 */
export async function recordDecision(db: Queryable, input: DecisionRecordInput): Promise<void> {
  await db.query(INSERT_DECISION, decisionParams(input));
}

// The note-memory upsert's parameters follow the decision's.
const RECORD_WRITTEN_SQL = `WITH remembered AS (${REMEMBER_NOTE_SQL.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + DECISION_PARAMS}`)}) ${INSERT_DECISION}`;

/**
 * A written note: remembers it in the note memory AND records the decision in ONE statement (a
 * data-modifying CTE: one statement, so both land or neither does, with no explicit transaction).
 */
export async function recordWrittenDecision(db: Queryable, memory: NoteMemoryWrite, input: DecisionRecordInput): Promise<void> {
  await db.query(RECORD_WRITTEN_SQL, [...decisionParams(input), ...rememberNoteParams(memory)]);
}

/** Narrows a listing by crisis tier: `crisisReview: true` = review tickets only, `false` = none of them. */
export interface DecisionFilters {
  crisisReview?: boolean;
}

function filtered(columns: string, source: HelpdeskSource | null, ticketId: string | null, limit: number, filters: DecisionFilters = {}): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.crisisReview !== undefined) {
    params.push(filters.crisisReview);
    where.push(`crisis_review = $${params.length}`);
  }
  if (source) {
    params.push(source);
    where.push(`source = $${params.length}`);
  }
  if (ticketId) {
    params.push(ticketId);
    where.push(`ticket_id = $${params.length}`);
  }
  params.push(Math.max(1, Math.min(1000, Math.floor(limit))));
  const sql = `SELECT ${columns} FROM decision_audit${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`;
  return { sql, params };
}

/**
 * Newest decisions first. `source` and `ticketId` narrow the search when given (null = any);
 * the (source, ticket_id, created_at) index serves the per-ticket lookups the sidebar makes.
 */
export async function findDecisions(
  db: Queryable,
  source: HelpdeskSource | null,
  ticketId: string | null,
  limit: number,
  filters: DecisionFilters = {},
): Promise<DecisionRecord[]> {
  const { sql, params } = filtered(RECORD_COLUMNS, source, ticketId, limit, filters);
  const result = await db.query<DecisionRow>(sql, params);
  return result.rows.map(toRecord);
}

interface AuditedRow extends DecisionRow {
  reasons: unknown;
  parties: unknown;
  ticket_sealed: string | null;
}

/** One ticket's decisions, newest first, with the masked reasons, parties and sealed snapshot the sidebar shows. */
export async function findAuditedDecisions(db: Queryable, source: HelpdeskSource, ticketId: string, limit: number): Promise<AuditedDecision[]> {
  const { sql, params } = filtered(`${RECORD_COLUMNS}, reasons, parties, ticket_sealed`, source, ticketId, limit);
  const result = await db.query<AuditedRow>(sql, params);
  return result.rows.map((row) => ({ record: toRecord(row), reasons: reasonsOf(row.reasons), parties: partiesOf(row.parties), sealedTicket: row.ticket_sealed }));
}

/** One decision with its write plan; null when no row has this id. `id` must pass decisionIdSchema (decision-id.ts). */
export async function findDecisionById(db: Queryable, id: string): Promise<DecisionDetail | null> {
  const result = await db.query<DecisionRow & { write_plan: unknown; crisis_provider: unknown }>(
    `SELECT ${RECORD_COLUMNS}, write_plan, crisis_provider FROM decision_audit WHERE id = $1::bigint`,
    [id],
  );
  const row = result.rows[0];
  return row ? { ...toRecord(row), writePlan: writePlanOf(row.write_plan), crisisProvider: crisisProviderOf(row.crisis_provider) } : null;
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
