import type { HelpdeskSource, Ticket } from '../../src/domain/ticket';
import type { RiskContext } from '../../src/risk/types';
import type { Decision } from '../../src/triage/types';
import { createViewLoader, storedFromDecision, type StoredDecision, type ViewLoaderDeps } from '../../src/sidebar/view-loader';
import { DEFAULT_VIEW_LIMITS } from '../../src/sidebar/context-view';
import { toViewParty } from '../../src/sidebar/party-view';
import { crisisDecision, decision, reviewDecision, riskContext, ticket } from './fixtures';

const NOW = new Date('2026-11-25T12:30:00Z');

interface Calls {
  hydrate: Array<[HelpdeskSource, string]>;
  buildContext: Ticket[];
  decide: Array<[Ticket, RiskContext]>;
}

function fakes(overrides: Partial<ViewLoaderDeps> & { stored?: StoredDecision[]; liveDecision?: Decision } = {}) {
  const calls: Calls = { hydrate: [], buildContext: [], decide: [] };
  const deps: ViewLoaderDeps = {
    findDecisions: async () => overrides.stored ?? [],
    hydrate: async (source, id) => {
      calls.hydrate.push([source, id]);
      return id === 'missing' ? null : ticket(id);
    },
    buildContext: async (t) => {
      calls.buildContext.push(t);
      return riskContext();
    },
    decide: (t, c): Decision => {
      calls.decide.push([t, c]);
      return overrides.liveDecision ?? decision({ rules: { version: 'live', fired: [] }, actions: { ...decision().actions, tags: ['live-only'] } });
    },
    now: () => NOW,
    ...overrides,
  };
  return { load: createViewLoader(deps), calls };
}

const stored = (at: string, outcome: string, score: number): StoredDecision =>
  storedFromDecision(decision({ risk: { score, level: score >= 60 ? 'critical' : 'high', reasons: [] } }), at, outcome);

describe('createViewLoader', () => {
  it('shows the latest stored decision with its history, newest first, and the fresh context', async () => {
    const { load, calls } = fakes({ stored: [stored('2026-11-24T10:00:00Z', 'written', 30), stored('2026-11-25T10:00:00Z', 'unchanged', 70)] });
    const view = await load('zendesk', '4711');
    expect(view?.status).toBe('decided');
    expect(view?.history.map((h) => [h.at, h.outcome, h.score])).toEqual([
      ['2026-11-25T10:00:00Z', 'unchanged', 70],
      ['2026-11-24T10:00:00Z', 'written', 30],
    ]);
    // Fresh context wins for the live risk picture; the actions are the ones riskdesk took.
    expect(view?.risk.score).toBe(40);
    expect(view?.parties.length).toBe(2);
    expect(view?.actions.tags).toEqual(['rd-risk-high', 'rd-inr']);
    expect(calls.hydrate).toEqual([['zendesk', '4711']]);
  });

  it('shows a crisis the live triage pass sees even if the stored decision did not', async () => {
    const { load } = fakes({ stored: [stored('2026-11-25T10:00:00Z', 'written', 30)], liveDecision: crisisDecision() });
    const view = await load('zendesk', '4711');
    expect(view?.status).toBe('decided');
    expect(view?.crisis).toBe(true);
    expect(view?.crisisEvidence[0].excerpt).toBe('I do not want to live anymore');
    expect(view?.actions.tags).toEqual(['rd-risk-high', 'rd-inr']);
  });

  it('shows possible danger the live pass sees, with its helplines; a stored crisis outranks a live review', async () => {
    const { load } = fakes({ stored: [stored('2026-11-25T10:00:00Z', 'written', 30)], liveDecision: reviewDecision() });
    const view = await load('zendesk', '4711');
    expect(view).toMatchObject({ crisis: false, crisisReview: true, crisisCategory: 'domestic_abuse', helplines: { country: 'GB', emergency: '999' } });
    expect(view?.safetyGuidance[0]).toMatch(/^Ask whether it is safe to reply/);
    const crisisStored = storedFromDecision(crisisDecision(), '2026-11-25T10:00:00Z', 'written');
    const both = await fakes({ stored: [crisisStored], liveDecision: reviewDecision() }).load('zendesk', '4711');
    expect(both).toMatchObject({ crisis: true, crisisReview: false, crisisCategory: 'suicidal_ideation' });
    const plain = await fakes({ stored: [stored('2026-11-25T10:00:00Z', 'written', 30)] }).load('zendesk', '4711');
    expect(plain).toMatchObject({ crisis: false, crisisReview: false, crisisCategory: null, helplines: null, safetyGuidance: [] });
  });

  it('previews when only failed attempts are stored, listing them in the history', async () => {
    const failed: StoredDecision = { decidedAt: '2026-11-25T09:00:00Z', outcome: 'failed', rulesVersion: null, summary: null };
    const { load } = fakes({ stored: [failed] });
    const view = await load('zendesk', '4711');
    expect(view?.status).toBe('preview');
    expect(view?.history).toEqual([{ at: '2026-11-25T09:00:00Z', rulesVersion: null, level: null, score: null, intent: null, outcome: 'failed' }]);
  });

  it('builds the fresh context from the stored ticket snapshot without calling the helpdesk', async () => {
    const snapshot = { ...ticket('4711'), text: 'stored text' };
    const { load, calls } = fakes({ stored: [{ ...stored('2026-11-25T10:00:00Z', 'written', 70), ticket: snapshot }] });
    const view = await load('zendesk', '4711');
    expect(calls.hydrate).toEqual([]);
    expect(calls.buildContext).toEqual([snapshot]);
    expect(view?.parties.length).toBe(2);
  });

  it('still shows the stored decision when hydration fails', async () => {
    const warnings: string[] = [];
    const { load } = fakes({
      stored: [stored('2026-11-25T10:00:00Z', 'written', 70)],
      hydrate: async () => {
        throw new Error('helpdesk down');
      },
      onWarning: (message) => warnings.push(message),
    });
    const view = await load('intercom', '99');
    expect(view?.status).toBe('decided');
    expect(view?.risk.score).toBe(70);
    expect(view?.parties).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('builds a preview on the spot for a ticket never seen before', async () => {
    const { load, calls } = fakes();
    const view = await load('zendesk', '5000');
    expect(view?.status).toBe('preview');
    expect(view?.history).toEqual([]);
    expect(calls.decide).toHaveLength(1);
    expect(calls.decide[0][0].id).toBe('5000');
    expect(calls.decide[0][1].parties.length).toBe(2);
    expect(view?.orders[0].id).toBe('WN-48213977');
  });

  it('decides with an empty context when the risk store cannot answer', async () => {
    const { load, calls } = fakes({ buildContext: async () => null });
    const view = await load('zendesk', '5001');
    expect(view?.status).toBe('preview');
    expect(calls.decide[0][1]).toMatchObject({ requester: null, parties: [], score: 0 });
    expect(view?.requesterNote).toMatch(/unavailable/);
  });

  it('answers null for a ticket neither stored nor known to the helpdesk', async () => {
    const { load, calls } = fakes();
    await expect(load('zendesk', 'missing')).resolves.toBeNull();
    expect(calls.decide).toHaveLength(0);
  });

  it('says whether the shown actions were written: taken, shadow, failed; a preview proposes, or is shadow in shadow mode', async () => {
    const statusFor = async (outcome: string) => (await fakes({ stored: [stored('2026-11-25T10:00:00Z', outcome, 50)] }).load('zendesk', '4711'))?.actionsStatus;
    expect(await statusFor('written')).toBe('taken');
    expect(await statusFor('unchanged')).toBe('taken');
    expect(await statusFor('shadow')).toBe('shadow');
    expect(await statusFor('failed')).toBe('failed');
    expect((await fakes().load('zendesk', '6000'))?.actionsStatus).toBe('proposed');
    expect((await fakes({ mode: () => 'shadow' }).load('zendesk', '6000'))?.actionsStatus).toBe('shadow');
    // A stored written decision stays "taken" even if the helpdesk is in shadow mode now: it was written.
    expect((await fakes({ stored: [stored('2026-11-25T10:00:00Z', 'written', 50)], mode: () => 'shadow' }).load('zendesk', '4711'))?.actionsStatus).toBe('taken');
  });

  it('decides on the spot from the caller’s ticket when the helpdesk cannot be read', async () => {
    const given = { ...ticket('7000'), source: 'intercom' as const, text: 'from the canvas request' };
    const { load, calls } = fakes({ hydrate: async () => null });
    const view = await load('intercom', '7000', given);
    expect(view?.status).toBe('preview');
    expect(calls.buildContext).toEqual([given]);
    expect(calls.decide[0][0]).toBe(given);
  });

  it('prefers the stored snapshot, then the caller’s ticket, to the helpdesk for a stored decision', async () => {
    const given = { ...ticket('4711'), text: 'from the request' };
    const withoutSnapshot = fakes({ stored: [stored('2026-11-25T10:00:00Z', 'shadow', 70)] });
    await withoutSnapshot.load('zendesk', '4711', given);
    expect(withoutSnapshot.calls.hydrate).toEqual([]);
    expect(withoutSnapshot.calls.buildContext).toEqual([given]);
    const snapshot = { ...ticket('4711'), text: 'stored' };
    const withSnapshot = fakes({ stored: [{ ...stored('2026-11-25T10:00:00Z', 'shadow', 70), ticket: snapshot }] });
    await withSnapshot.load('zendesk', '4711', given);
    expect(withSnapshot.calls.buildContext).toEqual([snapshot]);
  });

  it('shows the parties stored with the decision when no context can be built', async () => {
    const parties = { requesterId: 'u_req', requesterNote: null, parties: [toViewParty(riskContext().parties[1], DEFAULT_VIEW_LIMITS)], linkedAccounts: [] };
    const { load } = fakes({ stored: [{ ...stored('2026-11-25T10:00:00Z', 'shadow', 70), parties }], hydrate: async () => null });
    const view = await load('zendesk', '4711');
    expect(view?.requesterId).toBe('u_req');
    expect(view?.requesterNote).toBeNull();
    expect(view?.parties.map((p) => p.username)).toEqual(['jane_buyer']);
  });

  it('lets a failing preview reject (the router turns it into an answer)', async () => {
    const { load } = fakes({
      buildContext: async () => {
        throw new Error('db down');
      },
    });
    await expect(load('zendesk', '1')).rejects.toThrow('db down');
  });
});
