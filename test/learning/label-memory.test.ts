/**
 * Never the same miss twice: a crisis riskdesk missed and an agent flagged is caught again on
 * near-identical wording at once — through the label store, the memory and the merge step.
 */
jest.setTimeout(180_000);
import { createLogger } from '../../src/logging/logger';
import { recordLabel } from '../../src/learning/labels/record-label';
import { buildLabelMemory } from '../../src/learning/memory/label-memory';
import { CRISIS_SIMILARITY, mergeLabelMemory, REVIEW_SIMILARITY } from '../../src/learning/memory/merge-label-memory';
import { startLearningRuntime } from '../../src/learning/runtime/learning-runtime';
import { loadRules } from '../../src/triage/rules/load-rules';
import type { CrisisResult } from '../../src/triage/types';
import type { Ticket } from '../../src/domain/ticket';
import { describeEachDb } from '../helpers/test-db';
import { recordDecided, SNAPSHOT_KEY } from './support';

const MISSED = 'Subject: order 5512\nI sold my whole card collection, gave the dog to my sister and wrote letters to everyone. Tomorrow it will all be over and nobody has to deal with me anymore.';
const NEAR = 'I sold my whole card collection, gave the dog to my sister and wrote letters to everyone!! Tomorrow it will all be over and nobody has to deal with me any more';
const UNRELATED = 'My parcel with the Charizard card never arrived and the tracking number has not moved for two weeks, please refund me.';

const none: CrisisResult = { crisis: false, crisisReview: false, category: null, score: 0.1, evidence: [] };

describe('label memory (pure)', () => {
  const memory = buildLabelMemory([{ labelId: '7', text: MISSED }]);

  it('matches near-identical wording, not unrelated text or a tiny one', () => {
    expect(memory.match(NEAR, REVIEW_SIMILARITY)?.similarity).toBeGreaterThanOrEqual(CRISIS_SIMILARITY);
    expect(memory.match(`Hello, about my account.\n${NEAR}\nThanks`, REVIEW_SIMILARITY)?.labelId).toBe('7');
    expect(memory.match(UNRELATED, 0.2)).toBeNull();
    expect(memory.match('over', 0)).toBeNull();
  });

  it('raises, never lowers: crisis for a near-identical match, crisisReview for a close one, evidence label_memory', () => {
    const raised = mergeLabelMemory(none, { labelId: '7', similarity: 0.9 });
    expect(raised).toMatchObject({ crisis: true, crisisReview: false, category: 'third_party_concern' });
    expect(raised.evidence.map((e) => e.kind)).toEqual(['label_memory']);
    expect(mergeLabelMemory(none, { labelId: '7', similarity: 0.7 })).toMatchObject({ crisis: false, crisisReview: true });
    expect(mergeLabelMemory(none, { labelId: '7', similarity: 0.3 })).toBe(none);
    const local: CrisisResult = { crisis: true, crisisReview: false, category: 'suicidal_ideation', score: 0.99, evidence: [] };
    expect(mergeLabelMemory(local, { labelId: '7', similarity: 0.7 })).toBe(local);
    expect(mergeLabelMemory(none, null)).toBe(none);
  });
});

/** A local detector that misses everything but "pills": the memory's effect is then unambiguous, whatever the real detector learns. */
const localCrisis = (text: string): CrisisResult =>
  /pills/.test(text) ? { crisis: true, crisisReview: false, category: 'suicidal_ideation', score: 1, evidence: [{ excerpt: 'pills', kind: 'plan_or_means', category: 'suicidal_ideation', language: 'en', source: 'local' }] } : none;

describeEachDb('label memory in the decision path', (ctx) => {
  const rules = loadRules('config/rules.yaml');
  const ticket = (text: string): Ticket => ({ source: 'zendesk', id: 'lm-new', channel: 'email', subject: '', text, requester: {}, tags: [] });

  it('a missed crisis flagged by an agent is caught at once on near-identical wording; "not a crisis" never suppresses', async () => {
    const runtime = await startLearningRuntime({ db: ctx.db(), logger: createLogger('silent'), pollMs: 60_000, retentionDays: 365, localCrisis });
    try {
      expect(runtime.decide(ticket(NEAR), null, rules).crisis).toBe(false);
      await recordDecided(ctx.db(), { ticketId: 'lm-1', subject: 'order 5512', text: MISSED.split('\n')[1] ?? MISSED, crisis: false });
      const result = await recordLabel(ctx.db(), { source: 'zendesk', ticketId: 'lm-1', agent: 'a1', kind: 'crisis', origin: 'sidebar' }, { snapshotKey: SNAPSHOT_KEY, onRecorded: (r) => runtime.onLabelRecorded(r) });
      expect(result?.created).toBe(true);
      await runtime.refresh();
      const decided = runtime.decide(ticket(NEAR), null, rules);
      expect(decided.crisis).toBe(true);
      expect(decided.crisisEvidence.some((e) => e.kind === 'label_memory')).toBe(true);
      expect(decided.actions.tags).toContain('riskdesk_crisis');
      expect(decided.model).toEqual({ version: 'corpus' });
      expect(runtime.detectCrisis(NEAR).crisis).toBe(true);
      expect(runtime.decide(ticket(UNRELATED), null, rules).crisis).toBe(false);

      // "not a crisis" on a ticket the detector flags is recorded, never used to suppress.
      const flagged = 'I want to kill myself tonight, I have the pills ready';
      await recordDecided(ctx.db(), { ticketId: 'lm-2', text: flagged, crisis: true });
      await recordLabel(ctx.db(), { source: 'zendesk', ticketId: 'lm-2', agent: 'a1', kind: 'not_crisis', origin: 'sidebar' }, { snapshotKey: SNAPSHOT_KEY });
      await runtime.refresh();
      expect(runtime.decide(ticket(flagged), null, rules).crisis).toBe(true);
    } finally {
      runtime.close();
    }
  });

  it('a second process picks the flagged wording up by polling, without a restart', async () => {
    const other = await startLearningRuntime({ db: ctx.db(), logger: createLogger('silent'), pollMs: 200, retentionDays: 365, localCrisis });
    try {
      const text = 'My neighbour left a letter for her kids, gave away the cat and all her plants this week and says she will not be around for the holidays.';
      expect(other.detectCrisis(text).crisis).toBe(false);
      await recordDecided(ctx.db(), { ticketId: 'lm-3', subject: '', text, crisis: false });
      await recordLabel(ctx.db(), { source: 'zendesk', ticketId: 'lm-3', agent: 'a2', kind: 'crisis', origin: 'tag' }, { snapshotKey: SNAPSHOT_KEY });
      const deadline = Date.now() + 10_000;
      while (!other.detectCrisis(text).crisis && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(other.detectCrisis(text).crisis).toBe(true);
    } finally {
      other.close();
    }
  });
});
