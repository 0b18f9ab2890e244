/**
 * The pipeline's effectively-once protocol and failure paths, against the embedded database, the
 * real rules file and the real decide(); the helpdesk is a recording fake adapter.
 */
import type { Ticket } from '../../src/domain/ticket';
import { randomBytes } from 'node:crypto';
import { findAuditedDecisions, findDecisionById, findDecisions } from '../../src/audit/decision-store';
import { openTicketSnapshot } from '../../src/audit/ticket-snapshot';
import { readNoteMemory } from '../../src/audit/note-memory';
import { ConflictError, PermanentHelpdeskError } from '../../src/helpdesk/errors';
import type { HelpdeskAdapter, HelpdeskWriteBack } from '../../src/helpdesk/types';
import { createLogger } from '../../src/logging/logger';
import { processTicket } from '../../src/pipeline/process-ticket';
import { newTrace, type PipelineDeps, type PipelineInput } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import { decide } from '../../src/triage/decide';
import { detectCrisis } from '../../src/triage/crisis';
import { loadRules } from '../../src/triage/rules/load-rules';
import { describeEachDb } from '../helpers/test-db';

const rules = loadRules('config/rules.yaml');
const logger = createLogger('silent');

function context(level: RiskContext['level'], score: number): RiskContext {
  return { requester: null, requesterNote: 'not matched', parties: [], orders: [], mentions: { orderIds: [], handles: [], trackingNumbers: [] }, score, level, reasons: [], computedAt: new Date().toISOString() };
}

class FakeAdapter implements HelpdeskAdapter {
  readonly source = 'zendesk' as const;
  writes: HelpdeskWriteBack[] = [];
  notesOnTicket: string[] = [];
  failNext: Error[] = [];
  hydrations = 0;
  constructor(private text: string) {}
  async hydrate(ticketId: string): Promise<Ticket> {
    this.hydrations += 1;
    const refs = this.notesOnTicket.flatMap((n) => n.match(/\brd-[0-9a-f]{8,16}\b/g) ?? []);
    return { source: 'zendesk', id: ticketId, channel: 'email', subject: 'My order', text: this.text, requester: { email: 'buyer@example.com' }, tags: [], updatedAt: '2026-01-01T00:00:00Z', existingNoteRefs: refs };
  }
  async writeBack(input: HelpdeskWriteBack) {
    const failure = this.failNext.shift();
    if (failure) throw failure;
    this.writes.push(input);
    if (input.noteHtml) this.notesOnTicket.push(input.noteHtml);
    return { requests: [] };
  }
}

let ticketSeq = 0;
function input(ticketId: string, overrides: Partial<PipelineInput> = {}): PipelineInput {
  ticketSeq += 1;
  return { source: 'zendesk', ticketId, fallback: {}, eventIds: [`evt-${ticketSeq}`], crisisHint: false, jobId: `job-${ticketSeq}`, attempt: 1, ...overrides };
}

describeEachDb('ticket pipeline', (ctx) => {
  const deps = (adapter: FakeAdapter | null, overrides: Partial<PipelineDeps> = {}): PipelineDeps => ({
    db: ctx.db(),
    rules: { current: () => rules },
    adapters: adapter ? { zendesk: adapter } : {},
    mode: adapter ? 'live' : 'shadow',
    buildContext: async () => context('high', 70),
    decide,
    detectCrisis,
    logger,
    ...overrides,
  });

  it('writes one note with its ref footer, then only when the decision changes materially', async () => {
    const adapter = new FakeAdapter('I never received my order #A1001, tracking says delivered');
    let level: RiskContext['level'] = 'high';
    let score = 70;
    const d = deps(adapter, { buildContext: async () => context(level, score) });
    const first = await processTicket(input('t1'), d, newTrace());
    expect(first.outcome).toBe('written');
    expect(adapter.writes).toHaveLength(1);
    expect(adapter.writes[0]?.noteHtml).toContain(`riskdesk ref ${first.noteRef}`);
    expect(adapter.writes[0]?.route.zendeskGroupId).toEqual(expect.any(Number));

    score = 74; // jitter inside the same level: nothing new to say
    const second = await processTicket(input('t1'), d, newTrace());
    expect(second.outcome).toBe('unchanged');
    expect(adapter.writes).toHaveLength(1);

    level = 'critical';
    score = 95;
    const third = await processTicket(input('t1'), d, newTrace());
    expect(third.outcome).toBe('written');
    expect(third.noteRef).not.toBe(first.noteRef);
    expect(adapter.writes).toHaveLength(2);
    expect((await readNoteMemory(ctx.db(), 'zendesk', 't1'))?.ref).toBe(third.noteRef);
    const audit = await findDecisions(ctx.db(), 'zendesk', 't1', 10);
    expect(audit.map((r) => r.outcome)).toEqual(['written', 'unchanged', 'written']);
    expect(audit[2]?.timings).toEqual(expect.objectContaining({ hydrate: expect.any(Number), context: expect.any(Number), decide: expect.any(Number), writeback: expect.any(Number) }));
  });

  it('recognises its own note after a crash between write and record, and does not write again', async () => {
    const adapter = new FakeAdapter('Item not received, order #A2002');
    const d = deps(adapter);
    // The first run writes, then "dies" before recording: simulate by letting the statement that
    // records the written note (memory + audit row) fail once.
    const db = ctx.db();
    const query: typeof db.query = (sql, params) => (sql.includes('INSERT INTO note_memory') ? Promise.reject(new Error('worker killed')) : db.query(sql, params));
    const crashing: PipelineDeps = { ...d, db: { ...db, query, ping: db.ping.bind(db), close: db.close.bind(db), driver: db.driver, transaction: db.transaction.bind(db) } };
    await expect(processTicket(input('t2'), crashing, newTrace())).rejects.toThrow('worker killed');
    expect(adapter.writes).toHaveLength(1);
    const retried = await processTicket(input('t2'), d, newTrace());
    expect(retried).toMatchObject({ outcome: 'written', outcomeDetail: 'recovered' });
    // The idempotent steps are re-asserted, the note is not written again.
    expect(adapter.writes).toHaveLength(2);
    expect(adapter.writes[1]?.noteHtml).toBeNull();
    expect(adapter.writes[1]?.tags).toEqual(adapter.writes[0]?.tags);
    expect(adapter.notesOnTicket).toHaveLength(1);
    expect((await readNoteMemory(db, 'zendesk', 't2'))?.ref).toBe(retried.noteRef);
  });

  it('shadow mode decides and records but writes nothing and keeps no memory', async () => {
    const result = await processTicket(input('t3', { fallback: { subject: 'Fake sneakers', text: 'These Jordans are counterfeit', tags: [] } }), deps(null), newTrace());
    expect(result.outcome).toBe('shadow');
    expect(await readNoteMemory(ctx.db(), 'zendesk', 't3')).toBeNull();
    const [row] = await findDecisions(ctx.db(), 'zendesk', 't3', 1);
    expect(row).toMatchObject({ outcome: 'shadow', outcomeDetail: 'would-write', intent: expect.any(String) });
  });

  const riskyContext = (): RiskContext => ({
    ...context('high', 70),
    reasons: [{ code: 'prior_chargebacks', party: 'u_9', text: '3 chargebacks, last one filed by buyer@example.com', weight: 30, evidence: { chargebacks: 3, device_fingerprint: 'fp_0123456789abcdef0123' } }],
  });
  const fields = (_source: string, risk: { score: number; level: string }) => ({ '360001': risk.score, '360002': risk.level });

  it('live: the audit keeps the full write plan, and it is exactly what the adapter was given', async () => {
    const adapter = new FakeAdapter('I never received my order #A1001, tracking says delivered');
    await processTicket(input('p1'), deps(adapter, { buildContext: async () => riskyContext(), riskFields: fields }), newTrace());
    const [row] = await findDecisions(ctx.db(), 'zendesk', 'p1', 1);
    const detail = await findDecisionById(ctx.db(), row?.id ?? '0');
    const sent = adapter.writes[0];
    expect(detail?.outcome).toBe('written');
    expect(detail?.writePlan).toEqual({
      note: { html: sent?.noteHtml },
      tags: sent?.tags,
      priority: sent?.priority,
      route: { name: detail?.actions?.route, id: String(sent?.route.zendeskGroupId) },
      macros: (detail?.actions?.macros ?? []).map((name) => ({ name, id: expect.stringMatching(/^\d+$/) })),
      fields: { '360001': 70, '360002': 'high' },
    });
    expect(detail?.actions?.macros.length).toBeGreaterThan(0);
    expect(sent?.fields).toEqual({ '360001': 70, '360002': 'high' });
    expect(detail?.writePlan?.note.html).toContain(`riskdesk ref ${detail?.noteRef}`);
  });

  it('shadow: the audit keeps the plan it would have written, with masked reasons and the sealed ticket', async () => {
    const key = randomBytes(32);
    const fallback = { subject: 'Fake sneakers', text: 'These Jordans are counterfeit', tags: [], requester: { email: 'jane.doe@example.com', name: 'Jane Doe' } };
    await processTicket(input('p2', { fallback }), deps(null, { buildContext: async () => riskyContext(), riskFields: fields, snapshotKey: key }), newTrace());
    const [audited] = await findAuditedDecisions(ctx.db(), 'zendesk', 'p2', 1);
    const detail = await findDecisionById(ctx.db(), audited?.record.id ?? '0');
    expect(detail).toMatchObject({ outcome: 'shadow', outcomeDetail: 'would-write' });
    expect(detail?.writePlan?.note.html).toContain(`riskdesk ref ${detail?.noteRef}`);
    expect(detail?.writePlan).toMatchObject({ priority: detail?.actions?.priority, tags: detail?.actions?.tags, fields: { '360001': 70, '360002': 'high' } });
    expect(detail?.writePlan?.route.name).toBe(detail?.actions?.route);

    expect(audited?.reasons).toEqual([{ code: 'prior_chargebacks', party: 'u_9', text: '3 chargebacks, last one filed by b***@example.com', weight: 30, evidence: { chargebacks: 3 } }]);
    expect(audited?.parties).toMatchObject({ requesterId: null, parties: [] });
    expect(audited?.sealedTicket).toEqual(expect.any(String));
    expect(audited?.sealedTicket).not.toContain('jane');
    const opened = openTicketSnapshot(audited?.sealedTicket ?? '', key, 'zendesk', 'p2');
    expect(opened).toMatchObject({ id: 'p2', text: 'These Jordans are counterfeit', requester: { email: 'jane.doe@example.com' } });
    // Bound to its ticket and its key.
    expect(openTicketSnapshot(audited?.sealedTicket ?? '', key, 'zendesk', 'p3')).toBeNull();
    expect(openTicketSnapshot(audited?.sealedTicket ?? '', randomBytes(32), 'zendesk', 'p2')).toBeNull();
  });

  it('unchanged: the plan names the note already on the ticket', async () => {
    const adapter = new FakeAdapter('Item not received, order #A3003');
    const d = deps(adapter);
    const first = await processTicket(input('p4'), d, newTrace());
    await processTicket(input('p4'), d, newTrace());
    const [latest] = await findDecisions(ctx.db(), 'zendesk', 'p4', 1);
    const detail = await findDecisionById(ctx.db(), latest?.id ?? '0');
    expect(detail?.outcome).toBe('unchanged');
    expect(detail?.writePlan?.note.html).toContain(`riskdesk ref ${first.noteRef}`);
    expect(adapter.writes).toHaveLength(1);
  });

  it('a crisis ticket is routed even when the risk store and the rules both fail', async () => {
    const adapter = new FakeAdapter('I want to kill myself, nobody is helping me');
    const d = deps(adapter, {
      buildContext: async () => Promise.reject(new Error('database down')),
      rules: { current: () => { throw new Error('rules file broken'); } },
    });
    const result = await processTicket(input('t4'), d, newTrace());
    expect(result.outcome).toBe('written');
    expect(adapter.writes[0]).toMatchObject({ priority: 'urgent', tags: expect.arrayContaining(['riskdesk_crisis']) });
    expect(adapter.writes[0]?.noteHtml).toContain('crisis');
    // The emergency-number advice and the safe-handling guidance reach the agent even then.
    expect(adapter.writes[0]?.noteHtml).toContain('Emergency: <b>the local emergency number');
    expect(adapter.writes[0]?.noteHtml).toContain('Do not ask for, quote or repeat method details.');
  });

  it('a crisis ticket with a failing risk store still gets the rules crisis route', async () => {
    const adapter = new FakeAdapter('I want to kill myself');
    const result = await processTicket(input('t5'), deps(adapter, { buildContext: async () => Promise.reject(new Error('db down')) }), newTrace());
    expect(result.decision.crisis).toBe(true);
    expect(adapter.writes[0]?.route.zendeskGroupId).toBe(900000000001);
    expect(adapter.writes[0]?.priority).toBe('urgent');
  });

  it('a non-crisis ticket with a failing risk store or rules is thrown for retry, nothing written', async () => {
    const adapter = new FakeAdapter('Where is my refund?');
    await expect(processTicket(input('t6'), deps(adapter, { buildContext: async () => Promise.reject(new Error('db down')) }), newTrace())).rejects.toThrow('db down');
    await expect(processTicket(input('t6'), deps(adapter, { rules: { current: () => { throw new Error('rules broken'); } } }), newTrace())).rejects.toThrow('rules broken');
    expect(adapter.writes).toHaveLength(0);
  });

  it('409 conflict: re-reads and re-decides, then gives up as transient after 3 rounds', async () => {
    const adapter = new FakeAdapter('Item not received #A7');
    const conflict = () => new ConflictError('409', { source: 'zendesk', operation: 'update_ticket', status: 409 });
    adapter.failNext = [conflict()];
    const ok = await processTicket(input('t7'), deps(adapter), newTrace());
    expect(ok.outcome).toBe('written');
    expect(adapter.hydrations).toBe(2);
    const other = new FakeAdapter('Item not received #A8');
    other.failNext = [conflict(), conflict(), conflict()];
    await expect(processTicket(input('t8'), deps(other), newTrace())).rejects.toMatchObject({ name: 'TransientHelpdeskError', status: 409 });
    expect(other.writes).toHaveLength(0);
  });

  it('permanent errors surface with the trace filled in for the failure record', async () => {
    const adapter = new FakeAdapter('Item not received #A9');
    adapter.failNext = [new PermanentHelpdeskError('422', { source: 'zendesk', operation: 'update_ticket', status: 422, vendorAnswer: '{"error":"RecordInvalid"}' })];
    const trace = newTrace();
    await expect(processTicket(input('t9'), deps(adapter), trace)).rejects.toBeInstanceOf(PermanentHelpdeskError);
    expect(trace.decision?.intent).toBeDefined();
    expect(trace.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // The final-failure hook records what the job was about to write.
    expect(trace.writePlan?.note.html).toContain('riskdesk ref rd-');
  });
});
