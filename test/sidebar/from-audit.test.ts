import type { DecisionRecord } from '../../src/audit/types';
import { storedFromAuditRecord } from '../../src/sidebar/from-audit';
import { toContextView } from '../../src/sidebar/to-context-view';
import { decision, ticket } from './fixtures';

function record(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: '1',
    source: 'zendesk',
    ticketId: '4711',
    eventIds: ['e1'],
    jobId: 'j1',
    attempt: 1,
    rulesVersion: 'v3',
    firedRules: ['inr-delivered'],
    inputsHash: 'h',
    intent: 'item_not_received',
    intents: [{ name: 'item_not_received', confidence: 0.9 }, { name: 'not_an_intent', confidence: 0.1 }],
    crisis: false,
    crisisReview: false,
    crisisCategory: null,
    score: 64,
    level: 'critical',
    reasonCodes: ['linked_to_banned_account', 'bogus_code'],
    actions: decision().actions,
    fingerprint: 'f',
    noteRef: 'rd-1',
    outcome: 'written',
    outcomeDetail: null,
    failureStatus: null,
    failureSummary: null,
    timings: {},
    createdAt: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

describe('storedFromAuditRecord', () => {
  it('keeps what the trail stored and drops values outside the contract', () => {
    const stored = storedFromAuditRecord(record());
    expect(stored).toMatchObject({ decidedAt: '2026-11-25T10:00:00.000Z', outcome: 'written', rulesVersion: 'v3' });
    expect(stored.summary?.intents).toEqual([{ name: 'item_not_received', confidence: 0.9 }]);
    expect(stored.summary?.risk).toEqual({ score: 64, level: 'critical', reasons: [{ code: 'linked_to_banned_account', party: '', text: 'linked to banned account', weight: 0, evidence: {} }] });
  });

  it('has no summary for a job that failed before deciding, and says how it failed', () => {
    const stored = storedFromAuditRecord(record({ intent: null, score: null, level: null, actions: null, outcome: 'failed', failureStatus: 422 }));
    expect(stored.summary).toBeNull();
    expect(stored.outcome).toBe('failed (HTTP 422)');
  });

  it('uses the stored reasons with their weights, and passes on the stored parties and ticket', () => {
    const reasons = decision().risk.reasons;
    const parties = { requesterId: 'u_req', requesterNote: null, parties: [], linkedAccounts: [] };
    const snapshot = ticket('4711');
    const stored = storedFromAuditRecord(record({ outcome: 'shadow' }), { reasons, parties, ticket: snapshot });
    expect(stored.summary?.risk.reasons).toEqual(reasons);
    expect(stored.summary?.risk.reasons.every((r) => r.weight > 0)).toBe(true);
    expect(stored).toMatchObject({ outcomeKind: 'shadow', parties, ticket: snapshot });
  });

  it('feeds the view when the risk context is unavailable', () => {
    const stored = storedFromAuditRecord(record());
    if (!stored.summary) throw new Error('expected a summary');
    const view = toContextView({ source: 'zendesk', ticketId: '4711', status: 'decided', decision: stored.summary, context: null, history: [] });
    expect(view.risk.score).toBe(64);
    expect(view.risk.reasons.map((r) => r.code)).toEqual(['linked_to_banned_account']);
  });
});
