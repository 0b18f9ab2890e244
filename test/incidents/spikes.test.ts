import { readFileSync } from 'node:fs';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { placeInIncident } from '../../src/incidents/form-incident';
import { detectSpikes, onSpike, type Spike } from '../../src/incidents/spikes';
import type { TicketEntity } from '../../src/incidents/types';
import { createMetrics } from '../../src/metrics/metrics';
import { describeEachDb } from '../helpers/test-db';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));
const tracking: TicketEntity = { type: 'tracking', id: '1Z999AA10123456784', label: 'tracking 1Z999AA10123456784', group: 'order:o1' };
const T0 = Date.parse('2026-11-01T00:00:00Z');
const minutes = (m: number): Date => new Date(T0 + m * 60_000);

describeEachDb('spikes', (ctx) => {
  let n = 0;
  async function hit(at: Date): Promise<Spike[]> {
    n += 1;
    const { counts } = await placeInIncident(ctx.db(), { source: 'zendesk', ticketId: `sp${n}`, requesterKey: `user:sp${n}`, intent: 'item_not_received', entities: [tracking], amountCents: 0, currency: null, riskScore: 0, at }, config);
    // The worker's path reads the counts in the formation query; a standalone check reads them itself.
    const fromFormation = await detectSpikes(ctx.db(), [tracking], at, config, counts);
    if (fromFormation.length > 0) expect(await detectSpikes(ctx.db(), [tracking], at, config)).toEqual([]);
    return fromFormation;
  }

  it('records a spike once when the hourly rate jumps well above the entity’s own baseline', async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_spikes');
    // Baseline: one ticket a day for six days.
    for (let day = 0; day < 6; day += 1) expect(await hit(minutes(day * 1440))).toEqual([]);
    // Then five in 40 minutes: the fifth completes the spike; the sixth, in the same hour, records nothing new.
    const burst = 6 * 1440;
    for (let k = 0; k < 4; k += 1) expect(await hit(minutes(burst + k * 10))).toEqual([]);
    const spikes = await hit(minutes(burst + 40));
    expect(spikes).toEqual([expect.objectContaining({ entityKey: 'tracking:1Z999AA10123456784', entityType: 'tracking', count: 5, windowHours: 1 })]);
    expect(spikes[0]?.baseline).toBeLessThan(0.1);
    expect(await hit(minutes(burst + 50))).toEqual([]);
    const { rows } = await ctx.db().query<{ n: number }>('SELECT count(*)::int AS n FROM incident_spikes');
    expect(rows[0]?.n).toBe(1);
  });

  it('onSpike logs one line and counts the spike in Prometheus', async () => {
    const lines: string[] = [];
    const metrics = createMetrics({ defaultMetrics: false });
    onSpike(
      { entityKey: 'seller:U1', entityType: 'seller', label: '@breaker', count: 9, baseline: 0.5, windowHours: 1, at: '2026-11-01T00:00:00Z' },
      { logger: { warn: (_f, m) => lines.push(m) }, countSpike: (type) => metrics.incidentSpike?.(type) },
    );
    expect(lines).toEqual(['ticket spike on @breaker: 9 tickets in 1 h against a baseline of 0.50']);
    expect(await metrics.registry.metrics()).toContain('riskdesk_incident_spikes_total{entity_type="seller"} 1');
  });
});
