/**
 * The worker pipeline with the incident step: tickets about one off-platform contact from three
 * requesters form an incident that the third decision (and its write-back) carries; a failing
 * incident lookup never fails the ticket.
 */
import { readFileSync } from 'node:fs';
import type { Ticket } from '../../src/domain/ticket';
import type { HelpdeskAdapter, HelpdeskWriteBack } from '../../src/helpdesk/types';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { createIncidentStep } from '../../src/incidents/incident-step';
import { createLogger } from '../../src/logging/logger';
import { processTicket } from '../../src/pipeline/process-ticket';
import { newTrace, type PipelineDeps } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import type { Db } from '../../src/store/db';
import { detectCrisis } from '../../src/triage/crisis';
import { decide } from '../../src/triage/decide';
import { loadRules } from '../../src/triage/rules/load-rules';
import { describeEachDb } from '../helpers/test-db';

const rules = loadRules('config/rules.yaml');
const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const logger = createLogger('silent');
const emptyContext = (): RiskContext => ({ requester: null, requesterNote: 'not matched', parties: [], orders: [], mentions: { orderIds: [], handles: [], trackingNumbers: [] }, score: 0, level: 'low', reasons: [], computedAt: new Date().toISOString() });

class Adapter implements HelpdeskAdapter {
  readonly source = 'zendesk' as const;
  writes: HelpdeskWriteBack[] = [];
  async hydrate(ticketId: string): Promise<Ticket> {
    return { source: 'zendesk', id: ticketId, channel: 'email', subject: 'Scam', text: 'The seller told me to pay him on Venmo @quickslabs instead of the app and never sent anything. This is a scam.', requester: { email: `buyer${ticketId}@example.com` }, tags: [], updatedAt: '2026-01-01T00:00:00Z' };
  }
  async writeBack(input: HelpdeskWriteBack) {
    this.writes.push(input);
    return { requests: [] };
  }
}

describeEachDb('pipeline with incidents', (ctx) => {
  const deps = (db: Db, adapter: Adapter, incidents: PipelineDeps['incidents']): PipelineDeps => ({
    db,
    rules: { current: () => rules },
    adapters: { zendesk: adapter },
    mode: 'live',
    buildContext: async () => emptyContext(),
    decide,
    detectCrisis,
    logger,
    incidents,
  });

  it('the third requester’s ticket is decided and written with its incident', async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets');
    const adapter = new Adapter();
    const step = createIncidentStep({ db: ctx.db(), config, logger });
    const results = [];
    for (const id of ['501', '502', '503']) {
      results.push(await processTicket({ source: 'zendesk', ticketId: id, fallback: {}, eventIds: [`e${id}`], crisisHint: false, jobId: `pj-${id}-${ctx.label}`, attempt: 1 }, deps(ctx.db(), adapter, step), newTrace()));
    }
    expect(results.map((r) => r.decision.incident?.ticketCount ?? null)).toEqual([null, null, 3]);
    expect(results[2]?.decision.incident?.entity).toEqual({ type: 'contact', id: 'venmo:quickslabs', label: 'Venmo @quickslabs' });
    const last = adapter.writes[2];
    expect(last?.tags).toEqual(expect.arrayContaining(['riskdesk_incident']));
    expect(last?.noteHtml).toContain('3 tickets in under 1 h about Venmo @quickslabs');
  });

  it('a failing incident lookup leaves the ticket decided without an incident', async () => {
    const adapter = new Adapter();
    const broken = { query: async () => Promise.reject(new Error('relation incident_hits does not exist')), transaction: async () => Promise.reject(new Error('down')) } as unknown as Db;
    const step = createIncidentStep({ db: broken, config, logger });
    const result = await processTicket({ source: 'zendesk', ticketId: '601', fallback: {}, eventIds: ['e601'], crisisHint: false, jobId: `pj-601-${ctx.label}`, attempt: 1 }, deps(ctx.db(), adapter, step), newTrace());
    expect(result.outcome).toBe('written');
    expect(result.decision.incident).toBeNull();
  });
});
