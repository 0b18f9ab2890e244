import { findDecisions, recordDecision, countDecisions } from '../../src/audit/decision-store';
import { materialFingerprint, noteRef, withRefFooter } from '../../src/audit/fingerprint';
import { readNoteMemory, rememberNote } from '../../src/audit/note-memory';
import type { DecisionRecordInput } from '../../src/audit/types';
import { describeEachDb } from '../helpers/test-db';
import { sampleDecision } from './fixtures';

function record(overrides: Partial<DecisionRecordInput> = {}): DecisionRecordInput {
  return {
    source: 'zendesk',
    ticketId: '101',
    eventIds: ['evt-1'],
    jobId: 'zendesk-evt-1',
    attempt: 1,
    decision: sampleDecision(),
    inputsHash: 'abc',
    fingerprint: 'f'.repeat(64),
    noteRef: 'rd-0123456789ab',
    outcome: 'written',
    outcomeDetail: null,
    failure: null,
    timings: { hydrate: 3, context: 4, decide: 1, writeback: 12 },
    ...overrides,
  };
}

describeEachDb('audit trail', (ctx) => {
  it('stores every field and reads it back newest first, filtered by source and ticket', async () => {
    const db = ctx.db();
    await recordDecision(db, record());
    await recordDecision(db, record({ jobId: 'zendesk-evt-2', eventIds: ['evt-2'], outcome: 'unchanged' }));
    await recordDecision(db, record({ source: 'intercom', jobId: 'intercom-x', outcome: 'shadow' }));
    const rows = await findDecisions(db, 'zendesk', '101', 10);
    expect(rows.map((r) => r.outcome)).toEqual(['unchanged', 'written']);
    const written = rows[1];
    expect(written).toMatchObject({
      source: 'zendesk',
      ticketId: '101',
      eventIds: ['evt-1'],
      rulesVersion: 'v-test',
      firedRules: ['inr-high-risk'],
      intent: 'item_not_received',
      crisis: false,
      level: 'high',
      reasonCodes: ['prior_chargebacks'],
      noteRef: 'rd-0123456789ab',
      timings: { hydrate: 3, context: 4, decide: 1, writeback: 12 },
      attempt: 1,
    });
    expect(written?.score).toBeCloseTo(72.5);
    expect(written?.actions?.tags).toEqual(['riskdesk_inr', 'riskdesk_risk_high']);
    expect(Number.isNaN(Date.parse(written?.createdAt ?? ''))).toBe(false);
    expect(await findDecisions(db, null, null, 2)).toHaveLength(2);
  });

  it('keeps one row per job attempt (a re-run after a crash does not count twice)', async () => {
    const db = ctx.db();
    await recordDecision(db, record({ ticketId: '202', jobId: 'j-202', attempt: 1 }));
    await recordDecision(db, record({ ticketId: '202', jobId: 'j-202', attempt: 1, outcome: 'unchanged' }));
    await recordDecision(db, record({ ticketId: '202', jobId: 'j-202', attempt: 2, outcome: 'failed', failure: { status: 422, summary: 'x'.repeat(900) } }));
    const rows = await findDecisions(db, 'zendesk', '202', 10);
    expect(rows.map((r) => r.outcome).sort()).toEqual(['failed', 'written']);
    const failed = rows.find((r) => r.outcome === 'failed');
    expect(failed?.failureStatus).toBe(422);
    expect(failed?.failureSummary).toHaveLength(500);
    const counts = await countDecisions(db);
    expect(counts.failed).toBeGreaterThanOrEqual(1);
  });

  it('records a failure that happened before any decision existed', async () => {
    const db = ctx.db();
    await recordDecision(db, record({ ticketId: '303', jobId: 'j-303', decision: null, fingerprint: null, noteRef: null, outcome: 'failed', failure: { status: 404, summary: 'not found' } }));
    const [row] = await findDecisions(db, 'zendesk', '303', 1);
    expect(row).toMatchObject({ intent: null, level: null, actions: null, crisis: false, failureStatus: 404 });
  });

  it('note memory: upserts the last note per ticket', async () => {
    const db = ctx.db();
    expect(await readNoteMemory(db, 'zendesk', '404')).toBeNull();
    await rememberNote(db, { source: 'zendesk', ticketId: '404', fingerprint: 'a1', ref: 'rd-aaaaaaaaaaaa' });
    await rememberNote(db, { source: 'zendesk', ticketId: '404', fingerprint: 'b2', ref: 'rd-bbbbbbbbbbbb' });
    await rememberNote(db, { source: 'intercom', ticketId: '404', fingerprint: 'c3', ref: 'rd-cccccccccccc' });
    expect(await readNoteMemory(db, 'zendesk', '404')).toMatchObject({ fingerprint: 'b2', ref: 'rd-bbbbbbbbbbbb' });
    expect(await readNoteMemory(db, 'intercom', '404')).toMatchObject({ fingerprint: 'c3' });
  });
});

describe('material fingerprint', () => {
  it('ignores score jitter, timestamps, note wording and list order', () => {
    const a = sampleDecision();
    const b = sampleDecision();
    b.risk.score = 74;
    b.note = '<p>re-rendered</p>';
    b.actions.tags = [...b.actions.tags].reverse();
    b.rules.version = 'v-other';
    b.intents = b.intents.map((i) => ({ ...i, confidence: i.confidence / 2 }));
    expect(materialFingerprint(b)).toBe(materialFingerprint(a));
  });

  it.each([
    ['level', (d: ReturnType<typeof sampleDecision>) => void (d.risk.level = 'critical')],
    ['reasons', (d: ReturnType<typeof sampleDecision>) => void (d.risk.reasons = [])],
    ['intent', (d: ReturnType<typeof sampleDecision>) => void (d.intent = 'counterfeit')],
    ['intents', (d: ReturnType<typeof sampleDecision>) => void d.intents.push({ name: 'harassment', confidence: 0.4 })],
    ['tags', (d: ReturnType<typeof sampleDecision>) => void d.actions.tags.push('extra')],
    ['priority', (d: ReturnType<typeof sampleDecision>) => void (d.actions.priority = 'urgent')],
    ['route', (d: ReturnType<typeof sampleDecision>) => void (d.actions.route = 'other_team')],
    ['macros', (d: ReturnType<typeof sampleDecision>) => void (d.actions.macros = [])],
    ['crisis', (d: ReturnType<typeof sampleDecision>) => void (d.crisis = true)],
  ])('changes when %s changes', (_name, mutate) => {
    const changed = sampleDecision();
    mutate(changed);
    expect(materialFingerprint(changed)).not.toBe(materialFingerprint(sampleDecision()));
  });

  it('refs are 12 hex, name the transition, and are appended as a footer', () => {
    const fp = materialFingerprint(sampleDecision());
    const first = noteRef(fp, null);
    expect(first).toMatch(/^rd-[0-9a-f]{12}$/);
    expect(noteRef(fp, null)).toBe(first);
    expect(noteRef(fp, 'rd-000000000000')).not.toBe(first);
    expect(withRefFooter('<p>note</p>', first)).toContain(`riskdesk ref ${first}`);
  });
});
