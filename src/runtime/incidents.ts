/**
 * COMPOSITION of the incident step for the worker: the incidents file (INCIDENTS_FILE, else
 * config/incidents.yaml) and the spike metric. An invalid file stops start-up with its problems.
 */
import type { Config } from '../config/load-config';
import { defaultIncidentsFile, loadIncidentsConfig } from '../incidents/config';
import { createIncidentStep } from '../incidents/incident-step';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { IncidentStep } from '../pipeline/types';
import type { Db } from '../store/db';

export interface IncidentsDeps {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
}

export function createIncidents(deps: IncidentsDeps): IncidentStep {
  const settings = loadIncidentsConfig(deps.config.INCIDENTS_FILE ?? defaultIncidentsFile());
  return createIncidentStep({ db: deps.db, config: settings, logger: deps.logger, countSpike: (type) => deps.metrics.incidentSpike?.(type) });
}
