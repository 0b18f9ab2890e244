/**
 * Migration 111 on a database that already holds decisions: older rows read as not-review with
 * no category, new rows keep both tiers and their category, and listings filter on the review
 * tier. Runs on the embedded PGlite and on PostgreSQL.
 */
import { findDecisionById, findDecisions, recordDecision } from '../../src/audit/decision-store';
import { applyMigrations } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';
import type { Decision } from '../../src/triage/types';
import { sampleDecision } from '../worker/fixtures';
import { freshDb, type FreshDb } from '../helpers/fresh-db';
import { testDbLabels } from '../helpers/test-db';


function record(ticketId: string, decision: Decision) {
  return {
    source: 'zendesk' as const, ticketId, eventIds: [`e-${ticketId}`], jobId: `job-${ticketId}`, attempt: 1, decision, inputsHash: 'h', fingerprint: 'f',
    noteRef: null, outcome: 'shadow' as const, outcomeDetail: null, failure: null, timings: {},
  };
}

for (const label of testDbLabels()) {
  describe(`migration 111 (crisis tier columns) [${label}]`, () => {
    let fresh: FreshDb;
    beforeAll(async () => {
      fresh = await freshDb(label);
      await applyMigrations(fresh.withSession, MIGRATIONS.filter((m) => m.version < 111));
    }, 120_000);
    afterAll(async () => fresh?.cleanup());

    it('adds queryable crisis_review and crisis_category; older rows read as not-review', async () => {
      const { db } = fresh;
      const d = sampleDecision();
      await db.query(
        `INSERT INTO decision_audit (source, ticket_id, job_id, attempt, intent, crisis, score, level, actions, outcome)
         VALUES ('zendesk', '7001', 'old-job', 1, $1, true, 10, 'low', $2::jsonb, 'written')`,
        [d.intent, JSON.stringify(d.actions)],
      );
      expect(await applyMigrations(fresh.withSession, MIGRATIONS)).toEqual(MIGRATIONS.filter((m) => m.version >= 111).map((m) => m.version));
      const [old] = await findDecisions(db, 'zendesk', '7001', 5);
      expect(old).toMatchObject({ crisis: true, crisisReview: false, crisisCategory: null });
      const columns = await db.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'decision_audit' AND column_name IN ('crisis_review', 'crisis_category') ORDER BY column_name`,
      );
      expect(columns.rows).toEqual([
        { column_name: 'crisis_category', data_type: 'text' },
        { column_name: 'crisis_review', data_type: 'boolean' },
      ]);
    });

    it('records both tiers with their category, and filters listings on the review tier', async () => {
      const { db } = fresh;
      await recordDecision(db, record('7002', { ...sampleDecision(), crisisReview: true, crisisCategory: 'domestic_abuse' }));
      await recordDecision(db, record('7003', { ...sampleDecision(), crisis: true, crisisCategory: 'self_harm' }));
      await recordDecision(db, record('7004', sampleDecision()));
      const review = await findDecisions(db, null, null, 50, { crisisReview: true });
      expect(review.map((r) => [r.ticketId, r.crisisCategory])).toEqual([['7002', 'domestic_abuse']]);
      const notReview = await findDecisions(db, null, null, 50, { crisisReview: false });
      expect(notReview.map((r) => r.ticketId).sort()).toEqual(['7001', '7003', '7004']);
      const byColumn = await db.query<{ ticket_id: string }>(`SELECT ticket_id FROM decision_audit WHERE crisis_category = 'self_harm'`);
      expect(byColumn.rows).toEqual([{ ticket_id: '7003' }]);
      const [row] = await findDecisions(db, 'zendesk', '7002', 1);
      expect(await findDecisionById(db, row?.id ?? '0')).toMatchObject({ crisisReview: true, crisisCategory: 'domestic_abuse', crisis: false });
    });
  });
}
