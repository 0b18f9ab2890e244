/** The alerts' audit trail (migration 131): one row per send attempt to one channel. */
import type { Queryable } from '../store/db';
import type { Alert, AlertChannel, SendOutcome } from './types';

export type AlertAttemptStatus = 'sent' | 'retrying' | 'failed';

export async function recordAlertAttempt(db: Queryable, channel: AlertChannel, alert: Alert, attempt: number, outcome: SendOutcome, status: AlertAttemptStatus): Promise<void> {
  await db.query(
    `INSERT INTO alert_audit (kind, dedupe_key, channel, status, attempt, severity, category, link, http_status, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [alert.kind, alert.subject, channel, status, attempt, alert.severity, alert.category, alert.link, outcome.status, outcome.ok ? null : outcome.detail.slice(0, 500)],
  );
}

export interface AlertAttemptRow {
  kind: string;
  subject: string;
  channel: string;
  status: string;
  attempt: number;
  httpStatus: number | null;
}

export async function recentAlertAttempts(db: Queryable, limit = 50): Promise<AlertAttemptRow[]> {
  const result = await db.query<{ kind: string; dedupe_key: string; channel: string; status: string; attempt: number; http_status: number | null }>(
    'SELECT kind, dedupe_key, channel, status, attempt, http_status FROM alert_audit ORDER BY created_at DESC, id DESC LIMIT $1',
    [limit],
  );
  return result.rows.map((r) => ({ kind: r.kind, subject: r.dedupe_key, channel: r.channel, status: r.status, attempt: Number(r.attempt), httpStatus: r.http_status === null ? null : Number(r.http_status) }));
}
