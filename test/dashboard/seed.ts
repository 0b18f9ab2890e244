/**
 * A small, known audit trail for the dashboard tests: decisions of several intents, levels,
 * outcomes and rules within the last hours, crisis signals, SLA targets and one first reply.
 */
import { recordDecision } from '../../src/audit/decision-store';
import type { WriteBackOutcome } from '../../src/audit/types';
import { recordDecisionSignal } from '../../src/dashboard/decision-signals';
import type { ReasonCode } from '../../src/risk/types';
import type { Db } from '../../src/store/db';
import { rollupStatements } from '../../src/store/migrations/130_dashboard_rollups';
import type { Decision, Intent } from '../../src/triage/types';
import { sampleDecision } from '../worker/fixtures';

export interface SeedRow {
  ticketId: string;
  intent: Intent;
  level: 'low' | 'medium' | 'high' | 'critical';
  outcome: WriteBackOutcome;
  rules: string[];
  reasons: ReasonCode[];
  hoursAgo: number;
  slaMinutes: number | null;
  requesterId: string;
}

export const SEED_ROWS: SeedRow[] = [
  { ticketId: '5001', intent: 'item_not_received', level: 'high', outcome: 'written', rules: ['inr-high-risk'], reasons: ['prior_chargebacks'], hoursAgo: 0, slaMinutes: 120, requesterId: 'u_100' },
  { ticketId: '5002', intent: 'item_not_received', level: 'medium', outcome: 'shadow', rules: ['inr-default'], reasons: ['new_account'], hoursAgo: 1, slaMinutes: 240, requesterId: 'u_101' },
  { ticketId: '5003', intent: 'account_takeover', level: 'critical', outcome: 'written', rules: ['ato-lock', 'vip-route'], reasons: ['recent_account_changes', 'prior_chargebacks'], hoursAgo: 2, slaMinutes: 30, requesterId: 'u_102' },
  { ticketId: '5004', intent: 'harassment', level: 'low', outcome: 'failed', rules: [], reasons: [], hoursAgo: 3, slaMinutes: null, requesterId: 'u_103' },
  { ticketId: '5005', intent: 'refund_request', level: 'low', outcome: 'unchanged', rules: ['refund-standard'], reasons: [], hoursAgo: 5, slaMinutes: 1, requesterId: 'u_100' },
];

function decisionOf(row: SeedRow): Decision {
  const d = sampleDecision();
  d.intent = row.intent;
  d.intents = [{ name: row.intent, confidence: 0.9 }];
  d.risk = { score: 50, level: row.level, reasons: row.reasons.map((code) => ({ code, party: 'u_1', text: code, weight: 10, evidence: {} })) };
  d.actions = { ...d.actions, slaMinutes: row.slaMinutes, priority: row.level === 'critical' ? 'urgent' : 'normal' };
  d.rules = { version: 'rules-2026-12-01', fired: row.rules };
  d.note = `<p><b>Risk: ${row.level.toUpperCase()}</b></p><ul><li>ticket ${row.ticketId}</li></ul><script>window.pwned=1</script>`;
  return d;
}

export async function seedDashboard(db: Db, now: Date = new Date()): Promise<void> {
  for (const row of SEED_ROWS) {
    const decision = decisionOf(row);
    await recordDecision(db, {
      source: 'zendesk',
      ticketId: row.ticketId,
      eventIds: [`ev-${row.ticketId}`],
      jobId: `job-${row.ticketId}`,
      attempt: 1,
      decision,
      inputsHash: 'h',
      fingerprint: 'f',
      noteRef: 'rd-aaaaaaaaaaaa',
      outcome: row.outcome,
      outcomeDetail: null,
      failure: row.outcome === 'failed' ? { status: 500, summary: 'helpdesk error' } : null,
      timings: { decide: 1 },
      writePlan: { note: { html: decision.note }, tags: decision.actions.tags, priority: decision.actions.priority, route: { name: 'tns_disputes', id: '900' }, macros: [{ name: 'inr_claim', id: null }], fields: {} },
      evidence: { reasons: [], parties: { requesterId: row.requesterId, requesterNote: null, parties: [], linkedAccounts: [] }, sealedTicket: null },
    });
  }
  // Spread the decisions over the last hours (recorded "now"; the rollups follow created_at).
  await db.query(`UPDATE decision_audit SET created_at = $1::timestamptz - make_interval(hours => CASE ticket_id ${SEED_ROWS.map((r) => `WHEN '${r.ticketId}' THEN ${r.hoursAgo}`).join(' ')} END)`, [now]);
  await db.query('TRUNCATE dashboard_hourly, dashboard_code_hourly, dashboard_rules_versions, ticket_sla');
  // Re-roll from the audit trail as the migration does, with the moved times.
  await rebuildRollups(db);
  await recordDecisionSignal(db, { source: 'zendesk', ticketId: '5003', tier: 'crisis', category: 'self_harm', routedMs: 1800 });
  await recordDecisionSignal(db, { source: 'zendesk', ticketId: '5004', tier: 'crisis_review', category: 'violence', routedMs: 2500 });
  await seedLabels(db);
}

/**
 * Agent labels (learning_labels): 5 in the window, 3 agreeing — intent 2 of 3 (item_not_received
 * 2 of 2, scam_off_platform 0 of 1), crisis 1 of 1, risk_too_high 0 of 1 — and one 40 days old.
 */
export async function seedLabels(db: Db): Promise<void> {
  await db.query('DELETE FROM learning_labels');
  const rows: Array<[string, string, string | null, string | null, boolean, number]> = [
    ['5001', 'intent', 'item_not_received', 'item_not_received', false, 0],
    ['5002', 'intent', 'item_not_received', 'item_not_received', false, 1],
    ['5005', 'intent', 'scam_off_platform', 'refund_request', false, 2],
    ['5003', 'crisis', null, 'account_takeover', true, 3],
    ['5004', 'risk_too_high', null, 'harassment', false, 4],
    ['4000', 'intent', 'harassment', 'other', false, 40 * 24],
  ];
  for (const [ticket, kind, intent, decided, crisis, hoursAgo] of rows) {
    await db.query(
      `INSERT INTO learning_labels (source, ticket_id, agent, kind, intent, origin, decided_intent, decided_crisis, created_at)
       VALUES ('zendesk', $1, 'agent-1', $2, $3, 'sidebar', $4, $5, now() - make_interval(hours => $6::int))`,
      [ticket, kind, intent, decided, crisis, hoursAgo],
    );
  }
}

/** The migration's backfill, run again (the tests move created_at after inserting). */
export async function rebuildRollups(db: Db): Promise<void> {
  const statements = rollupStatements('decision_audit').split(/;\s*\n/).map((s) => s.trim()).filter(Boolean);
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.query(statement);
  });
}

/** One open incident of three zendesk tickets (5001–5003) about one off-platform contact. */
export async function seedIncident(db: Db): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { parseIncidentsConfig } = await import('../../src/incidents/config');
  const { formIncident } = await import('../../src/incidents/form-incident');
  const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
  let id = '';
  for (const [k, ticketId] of ['5001', '5002', '5003'].entries()) {
    const placed = await formIncident(
      db,
      { source: 'zendesk', ticketId, requesterKey: `user:d${k}`, intent: 'scam_off_platform', entities: [{ type: 'contact', id: 'telegram:dashdeals', label: 'Telegram @dashdeals', group: 'contact:telegram:dashdeals' }], amountCents: 0, currency: null, riskScore: 0, at: new Date(Date.now() - (3 - k) * 60_000) },
      config,
    );
    id = placed?.id ?? id;
  }
  if (!id) throw new Error('the seeded tickets did not form an incident: check config/incidents.yaml thresholds');
  return id;
}
