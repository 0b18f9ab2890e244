/**
 * The label store: plain SQL on pg and PGlite alike. One row per (source, ticket, agent, kind):
 * recording the same label again updates it in place (idempotent), and recording a kind withdraws
 * its opposite from the same agent ("crisis" then "not a crisis" keeps the latter).
 */
import type { Queryable } from '../../store/db';
import type { HelpdeskSource } from '../../domain/ticket';
import { OPPOSITE_KIND, type DecisionSummary, type LabelInput, type StoredLabel } from './label-types';

/** The decision a label corrects, as recorded in the audit trail. */
export interface CorrectedDecision extends DecisionSummary {
  id: string;
  sealedTicket: string | null;
}

interface DecisionRow {
  id: string;
  intent: string | null;
  crisis: boolean;
  crisis_review: boolean | null;
  level: string | null;
  model_version: string | null;
  rules_version: string | null;
  ticket_sealed: string | null;
}

/** The latest recorded decision on a ticket (failed jobs without a decision are skipped); null when riskdesk never decided it. */
export async function latestDecision(db: Queryable, source: HelpdeskSource, ticketId: string): Promise<CorrectedDecision | null> {
  const { rows } = await db.query<DecisionRow>(
    `SELECT id::text AS id, intent, crisis, crisis_review, level, model_version, rules_version, ticket_sealed
       FROM decision_audit WHERE source = $1 AND ticket_id = $2 AND intent IS NOT NULL
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [source, ticketId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    intent: row.intent,
    crisis: row.crisis,
    crisisReview: row.crisis_review ?? false,
    level: row.level,
    modelVersion: row.model_version,
    rulesVersion: row.rules_version,
    sealedTicket: row.ticket_sealed,
  };
}

export interface LabelRow {
  id: string;
  source: HelpdeskSource;
  ticket_id: string;
  agent: string;
  kind: StoredLabel['kind'];
  intent: StoredLabel['intent'];
  comment: string | null;
  origin: StoredLabel['origin'];
  decision_id: string | null;
  decided_intent: string | null;
  decided_crisis: boolean;
  decided_crisis_review: boolean;
  decided_level: string | null;
  model_version: string | null;
  rules_version: string | null;
  text_masked: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export const LABEL_COLUMNS = `id::text AS id, source, ticket_id, agent, kind, intent, comment, origin, decision_id::text AS decision_id,
  decided_intent, decided_crisis, decided_crisis_review, decided_level, model_version, rules_version, text_masked, created_at, updated_at`;

const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function toStoredLabel(row: LabelRow): StoredLabel {
  return {
    id: row.id,
    source: row.source,
    ticketId: row.ticket_id,
    agent: row.agent,
    kind: row.kind,
    intent: row.intent,
    comment: row.comment,
    origin: row.origin,
    decision: {
      id: row.decision_id,
      intent: row.decided_intent,
      crisis: row.decided_crisis,
      crisisReview: row.decided_crisis_review,
      level: row.decided_level,
      modelVersion: row.model_version,
      rulesVersion: row.rules_version,
    },
    hasText: row.text_masked !== null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export interface UpsertResult {
  label: StoredLabel;
  /** False when the same label was already stored (nothing changed but `updated_at`). */
  created: boolean;
}

const UPSERT = `INSERT INTO learning_labels (source, ticket_id, agent, kind, intent, comment, origin, decision_id, decided_intent,
    decided_crisis, decided_crisis_review, decided_level, model_version, rules_version, text_masked)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::bigint, $9, $10, $11, $12, $13, $14, $15)
  ON CONFLICT (source, ticket_id, agent, kind) DO UPDATE SET
    intent = EXCLUDED.intent, comment = COALESCE(EXCLUDED.comment, learning_labels.comment), origin = EXCLUDED.origin,
    updated_at = now()
  RETURNING ${LABEL_COLUMNS}, (xmax = 0) AS inserted`;

/** Stores (or refreshes) a label against `decision`; `text` is the masked ticket text or null. */
export async function upsertLabel(db: Queryable, input: LabelInput, decision: CorrectedDecision, text: string | null): Promise<UpsertResult> {
  const opposite = OPPOSITE_KIND[input.kind];
  if (opposite) {
    await db.query('DELETE FROM learning_labels WHERE source = $1 AND ticket_id = $2 AND agent = $3 AND kind = $4', [input.source, input.ticketId, input.agent, opposite]);
  }
  const { rows } = await db.query<LabelRow & { inserted: boolean }>(UPSERT, [
    input.source,
    input.ticketId,
    input.agent,
    input.kind,
    input.intent ?? null,
    input.comment ?? null,
    input.origin,
    decision.id,
    decision.intent,
    decision.crisis,
    decision.crisisReview,
    decision.level,
    decision.modelVersion,
    decision.rulesVersion,
    text,
  ]);
  const row = rows[0];
  if (!row) throw new Error('storing the label returned no row');
  return { label: toStoredLabel(row), created: row.inserted };
}

/** Labels made at or after `since` (all when null), oldest first, with their masked text. */
export async function listLabels(db: Queryable, since: Date | null = null): Promise<Array<StoredLabel & { text: string | null }>> {
  const { rows } = await db.query<LabelRow>(
    `SELECT ${LABEL_COLUMNS} FROM learning_labels ${since ? 'WHERE created_at >= $1' : ''} ORDER BY created_at, id`,
    since ? [since.toISOString()] : [],
  );
  return rows.map((row) => ({ ...toStoredLabel(row), text: row.text_masked }));
}

/** Clears the masked text of labels older than `days`; the labels themselves stay. Returns how many were cleared. */
export async function pruneLabelText(db: Queryable, days: number): Promise<number> {
  const result = await db.query(
    `UPDATE learning_labels SET text_masked = NULL WHERE text_masked IS NOT NULL AND created_at < now() - ($1::int * interval '1 day')`,
    [days],
  );
  return result.rowCount;
}
