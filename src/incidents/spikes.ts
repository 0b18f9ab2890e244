/**
 * Spikes: an entity's ticket rate in the last `spikes.windowHours` well above its own baseline
 * (the average per window over the `baselineDays` before). Recorded at most once per entity and
 * window, then handed to `onSpike` — one line in the log, a Prometheus counter and, in the
 * worker, an `incident_spike` alert.
 */
import type { Queryable } from '../store/db';
import type { IncidentsConfig } from './config';
import { entityKey, type DecisionIncident, type EntityType, type TicketEntity } from './types';

export interface Spike {
  entityKey: string;
  entityType: EntityType;
  label: string;
  /** Tickets in the recent window. */
  count: number;
  /** Average tickets per window over the baseline period. */
  baseline: number;
  windowHours: number;
  at: string;
}

export interface SpikeSink {
  logger: { warn(fields: Record<string, unknown>, message: string): void };
  /** Counts a spike in Prometheus (src/metrics). */
  countSpike?(entityType: string): void;
  /** Raises the spike's alert (the worker wires src/alerts here); must not throw and should resolve quickly. */
  alert?(spike: Spike, incident: DecisionIncident | null): Promise<unknown>;
}

/** What happens when a spike is recorded: one log line, the counter, and the alert when wired. */
export async function onSpike(spike: Spike, sink: SpikeSink, incident: DecisionIncident | null = null): Promise<void> {
  sink.logger.warn(
    { entity: spike.entityKey, count: spike.count, baseline: Number(spike.baseline.toFixed(3)), windowHours: spike.windowHours },
    `ticket spike on ${spike.label}: ${spike.count} tickets in ${spike.windowHours} h against a baseline of ${spike.baseline.toFixed(2)}`,
  );
  sink.countSpike?.(spike.entityType);
  try {
    await sink.alert?.(spike, incident);
  } catch (error) {
    sink.logger.warn({ entity: spike.entityKey, err: error instanceof Error ? error.message : String(error) }, 'spike alert not raised: the ticket goes on without it');
  }
}

const HOUR_MS = 3_600_000;

/** Per entity key: tickets in the recent window, in the baseline period before it, and whether a spike is already recorded in the window. */
export interface SpikeCounts {
  entity_key: string;
  recent: number | string;
  base: number | string;
  spiked: boolean;
}

/**
 * Spikes the ticket's entities show at `at` (already recorded hits included); records each new one.
 * `known` are counts the formation step already read in its own query (saves a round trip).
 */
export async function detectSpikes(db: Queryable, entities: TicketEntity[], at: Date, config: IncidentsConfig, known?: SpikeCounts[]): Promise<Spike[]> {
  if (entities.length === 0) return [];
  const { windowHours, baselineDays, minTickets, multiplier } = config.spikes;
  const recentStart = new Date(at.getTime() - windowHours * HOUR_MS);
  const baseStart = new Date(at.getTime() - baselineDays * 24 * HOUR_MS);
  const keys = [...new Set(entities.map(entityKey))];
  const rows = known ?? (await countsOf(db, keys, recentStart, baseStart, at));
  const windows = Math.max(1, (baselineDays * 24 - windowHours) / windowHours);
  const spikes: Spike[] = [];
  for (const row of rows) {
    const count = Number(row.recent);
    const baseline = Number(row.base) / windows;
    if (row.spiked || count < minTickets || count < multiplier * baseline) continue;
    const entity = entities.find((e) => entityKey(e) === row.entity_key);
    if (!entity) continue;
    await db.query('INSERT INTO incident_spikes (entity_key, label, rate, baseline, at) VALUES ($1, $2, $3, $4, $5)', [row.entity_key, entity.label, count, baseline, at]);
    spikes.push({ entityKey: row.entity_key, entityType: entity.type, label: entity.label, count, baseline, windowHours, at: at.toISOString() });
  }
  return spikes;
}

async function countsOf(db: Queryable, keys: string[], recentStart: Date, baseStart: Date, at: Date): Promise<SpikeCounts[]> {
  const { rows } = await db.query<SpikeCounts>(
    `SELECT h.entity_key, count(*) FILTER (WHERE h.seen_at > $2) AS recent, count(*) FILTER (WHERE h.seen_at <= $2) AS base,
            EXISTS (SELECT 1 FROM incident_spikes s WHERE s.entity_key = h.entity_key AND s.at > $2) AS spiked
       FROM incident_hits h WHERE h.entity_key = ANY($1::text[]) AND h.seen_at > $3 AND h.seen_at <= $4 GROUP BY h.entity_key`,
    [keys, recentStart, baseStart, at],
  );
  return rows;
}
