/**
 * Migration 110 on a database that already holds decisions: rows recorded before it read back
 * with no crisis-provider outcome, and new rows keep theirs. Embedded PGlite and PostgreSQL.
 */
import { findDecisionById, findDecisions, recordDecision } from '../../src/audit/decision-store';
import type { CrisisProviderAudit } from '../../src/crisis-provider/types';
import { createPgDb, ensurePgSchema } from '../../src/store/drivers/pg-db';
import { createPgliteDb } from '../../src/store/drivers/pglite-db';
import { applyMigrations, type SessionRunner } from '../../src/store/migrate';
import { MIGRATIONS } from '../../src/store/migrations';
import type { Db } from '../../src/store/db';
import { sampleDecision } from '../worker/fixtures';
import { testDbLabels, testSchemaName } from '../helpers/test-db';

interface Fresh {
  db: Db;
  withSession: SessionRunner;
  cleanup(): Promise<void>;
}

async function freshDb(label: 'pglite' | 'postgres'): Promise<Fresh> {
  if (label === 'pglite') {
    const db = await createPgliteDb('memory://');
    return { db, withSession: db.withSession, cleanup: () => db.close() };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = testSchemaName();
  await ensurePgSchema(url, schema);
  const db = createPgDb(url, schema);
  return {
    db,
    withSession: db.withSession,
    async cleanup() {
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await db.close();
    },
  };
}

const record = (ticketId: string, jobId: string) => ({
  source: 'zendesk' as const, ticketId, eventIds: ['e1'], jobId, attempt: 1, decision: sampleDecision(), inputsHash: 'h', fingerprint: 'f',
  noteRef: null, outcome: 'shadow' as const, outcomeDetail: 'would-write', failure: null, timings: {},
});

for (const label of testDbLabels()) {
  describe(`migration 110 (crisis provider outcome) [${label}]`, () => {
    let fresh: Fresh;
    beforeAll(async () => {
      fresh = await freshDb(label);
      await applyMigrations(fresh.withSession, MIGRATIONS.filter((m) => m.version < 110));
    }, 120_000);
    afterAll(async () => fresh?.cleanup());

    it('adds the column; rows recorded before it read back with none', async () => {
      const { db } = fresh;
      await db.query(
        `INSERT INTO decision_audit (source, ticket_id, event_ids, job_id, attempt, intent, outcome, timings) VALUES ('zendesk', '9101', '["e0"]'::jsonb, 'old-job', 1, 'other', 'shadow', '{}'::jsonb)`,
      );
      expect(await applyMigrations(fresh.withSession, MIGRATIONS)).toEqual(MIGRATIONS.filter((m) => m.version >= 110).map((m) => m.version));
      const [old] = await findDecisions(db, 'zendesk', '9101', 1);
      expect(await findDecisionById(db, old?.id ?? '0')).toMatchObject({ ticketId: '9101', crisisProvider: null });
    });

    it('stores and reads back the provider outcome of new rows, and null without a provider', async () => {
      const { db } = fresh;
      const audit: CrisisProviderAudit = { provider: 'openai-moderation', model: 'omni-moderation-2024-09-26', promptVersion: null, outcome: 'ok', latencyMs: 231, raisedTier: true, tier: 'review', category: 'self_harm', intent: null, detail: null };
      await recordDecision(db, { ...record('9102', 'new-job'), crisisProvider: audit });
      await recordDecision(db, record('9103', 'plain-job'));
      const [withProvider] = await findDecisions(db, 'zendesk', '9102', 1);
      expect((await findDecisionById(db, withProvider?.id ?? '0'))?.crisisProvider).toEqual(audit);
      const [without] = await findDecisions(db, 'zendesk', '9103', 1);
      expect((await findDecisionById(db, without?.id ?? '0'))?.crisisProvider).toBeNull();
    });
  });
}
