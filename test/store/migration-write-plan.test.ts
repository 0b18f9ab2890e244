/**
 * Migration 102 on a database that already holds decisions: rows recorded before write plans
 * were kept stay readable (plan, reasons, parties and snapshot answer null), and new rows keep
 * them. Runs on the embedded PGlite and on PostgreSQL.
 */
import { findAuditedDecisions, findDecisionById, findDecisions, recordDecision } from '../../src/audit/decision-store';
import { applyMigrations } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';
import { sampleDecision } from '../worker/fixtures';
import { freshDb, type FreshDb } from '../helpers/fresh-db';
import { testDbLabels } from '../helpers/test-db';


const BEFORE = MIGRATIONS.filter((m) => m.version < 102);

for (const label of testDbLabels()) {
  describe(`migration 102 (write plans) [${label}]`, () => {
    let fresh: FreshDb;
    beforeAll(async () => {
      fresh = await freshDb(label);
      await applyMigrations(fresh.withSession, BEFORE);
    }, 120_000);
    afterAll(async () => fresh?.cleanup());

    it('adds the columns and keeps the rows recorded before it readable', async () => {
      const { db } = fresh;
      // A row as the previous schema stored it (no write plan columns exist yet).
      const d = sampleDecision();
      await db.query(
        `INSERT INTO decision_audit (source, ticket_id, event_ids, job_id, attempt, rules_version, fired_rules, intent, intents, crisis, score, level, reason_codes, actions, outcome, timings)
         VALUES ('zendesk', '9001', '["e1"]'::jsonb, 'old-job', 1, 'v-old', '["inr-high-risk"]'::jsonb, $1, $2::jsonb, false, 72.5, 'high', '["prior_chargebacks"]'::jsonb, $3::jsonb, 'written', '{}'::jsonb)`,
        [d.intent, JSON.stringify(d.intents), JSON.stringify(d.actions)],
      );
      // 102 and every later migration run now; 102 is the one under test.
      expect(await applyMigrations(fresh.withSession, MIGRATIONS)).toEqual(MIGRATIONS.filter((m) => m.version >= 102).map((m) => m.version));

      const [old] = await findDecisions(db, 'zendesk', '9001', 5);
      expect(old).toMatchObject({ ticketId: '9001', outcome: 'written', intent: 'item_not_received', reasonCodes: ['prior_chargebacks'] });
      expect(await findDecisionById(db, old?.id ?? '0')).toMatchObject({ id: old?.id, rulesVersion: 'v-old', writePlan: null });
      const [audited] = await findAuditedDecisions(db, 'zendesk', '9001', 5);
      expect(audited).toMatchObject({ reasons: null, parties: null, sealedTicket: null });
    });

    it('stores and reads back the write plan and evidence of new rows', async () => {
      const { db } = fresh;
      const plan = { note: { html: '<p>High risk</p>' }, tags: ['riskdesk_inr'], priority: 'high' as const, route: { name: 'tns_disputes', id: '42' }, macros: [{ name: 'inr_claim', id: null }], fields: { '360001': 72.5 } };
      const reasons = sampleDecision().risk.reasons;
      await recordDecision(db, {
        source: 'zendesk', ticketId: '9002', eventIds: ['e2'], jobId: 'new-job', attempt: 1, decision: sampleDecision(), inputsHash: 'h', fingerprint: 'f',
        noteRef: 'rd-0123456789ab', outcome: 'shadow', outcomeDetail: 'would-write', failure: null, timings: {},
        writePlan: plan, evidence: { reasons, parties: { requesterId: 'u_1', requesterNote: null, parties: [], linkedAccounts: [] }, sealedTicket: 'c2VhbGVk' },
      });
      const [row] = await findDecisions(db, 'zendesk', '9002', 1);
      expect((await findDecisionById(db, row?.id ?? '0'))?.writePlan).toEqual(plan);
      const [audited] = await findAuditedDecisions(db, 'zendesk', '9002', 1);
      expect(audited).toMatchObject({ reasons, parties: { requesterId: 'u_1' }, sealedTicket: 'c2VhbGVk' });
      expect(await findDecisionById(db, '999999')).toBeNull();
    });
  });
}
