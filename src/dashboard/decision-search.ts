/**
 * The dashboard's decision search: by ticket, requester (marketplace user id), intent, level or
 * fired rule, newest first. Each filter has its own index (migration 132).
 */
import { z } from 'zod';
import { toRecord, RECORD_COLUMNS, type DecisionRow } from '../audit/decision-rows';
import type { DecisionRecord } from '../audit/types';
import type { Queryable } from '../store/db';

const term = z.string().trim().min(1).max(200).optional();

export const decisionSearchSchema = z.strictObject({
  ticket: term,
  requester: term,
  intent: term,
  level: term,
  rule: term,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DecisionSearch = z.infer<typeof decisionSearchSchema>;

export interface FoundDecision extends DecisionRecord {
  requesterId: string | null;
}

export async function searchDecisions(db: Queryable, search: DecisionSearch): Promise<FoundDecision[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (search.ticket) add((p) => `ticket_id = ${p}`, search.ticket);
  if (search.requester) add((p) => `parties->>'requesterId' = ${p}`, search.requester);
  if (search.intent) add((p) => `intent = ${p}`, search.intent);
  if (search.level) add((p) => `level = ${p}`, search.level);
  if (search.rule) add((p) => `fired_rules @> ${p}::jsonb`, JSON.stringify([search.rule]));
  params.push(search.limit);
  const sql = `SELECT ${RECORD_COLUMNS}, parties->>'requesterId' AS requester_id FROM decision_audit${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY created_at DESC, id DESC LIMIT $${params.length}`;
  const result = await db.query<DecisionRow & { requester_id: string | null }>(sql, params);
  return result.rows.map((row) => ({ ...toRecord(row), requesterId: row.requester_id ?? null }));
}
