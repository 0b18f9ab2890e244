/**
 * COMPOSITION of the incident step for the worker: the incidents file (INCIDENTS_FILE, else
 * config/incidents.yaml), the spike metric and, with INCIDENT_LINKING=on in live mode, native
 * linking through the helpdesks whose credentials are set (paced by the shared pacer), and the
 * `incident_spike` alert each spike raises (deduplicated per entity and spike window).
 * An invalid incidents file stops start-up with its problems.
 */
import { spikeAlerter } from '../alerts/from-spike';
import type { RaiseAlert } from '../alerts/raise-alert';
import type { Config } from '../config/load-config';
import { createIntercomLinker } from '../helpdesk/incident-links/intercom';
import { createZendeskLinker } from '../helpdesk/incident-links/zendesk';
import type { RequestPacer } from '../helpdesk/types';
import { defaultIncidentsFile, loadIncidentsConfig } from '../incidents/config';
import { createIncidentStep } from '../incidents/incident-step';
import { linkIncidentMembers, type LinkPorts } from '../incidents/native-links';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { IncidentStep } from '../pipeline/types';
import type { Db } from '../store/db';
import { alertLinks } from './alert-runtime';

export interface IncidentsDeps {
  config: Config;
  logger: Logger;
  db: Db;
  metrics: Metrics;
  pacer: RequestPacer;
  /** Raises alerts (the worker's alert runtime); spikes raise `incident_spike`. */
  raise?: RaiseAlert;
}

export function linkPorts(config: Config, pacer: RequestPacer): LinkPorts {
  if (config.INCIDENT_LINKING !== 'on' || config.writebackMode === 'shadow') return {};
  const ports: LinkPorts = {};
  if (config.zendeskApiConfigured && config.ZENDESK_EMAIL && config.ZENDESK_API_TOKEN) {
    ports.zendesk = createZendeskLinker({ subdomain: config.ZENDESK_SUBDOMAIN, apiUrl: config.ZENDESK_API_URL, email: config.ZENDESK_EMAIL, token: config.ZENDESK_API_TOKEN, pacer });
  }
  if (config.intercomApiConfigured && config.INTERCOM_ACCESS_TOKEN && config.INTERCOM_TRACKER_TICKET_TYPE_ID) {
    ports.intercom = createIntercomLinker({ apiUrl: config.INTERCOM_API_URL, token: config.INTERCOM_ACCESS_TOKEN, version: config.INTERCOM_API_VERSION, ticketTypeId: config.INTERCOM_TRACKER_TICKET_TYPE_ID, pacer });
  }
  return ports;
}

export function createIncidents(deps: IncidentsDeps): IncidentStep {
  const settings = loadIncidentsConfig(deps.config.INCIDENTS_FILE ?? defaultIncidentsFile());
  const ports = linkPorts(deps.config, deps.pacer);
  const linking = Object.keys(ports).length > 0;
  return createIncidentStep({
    db: deps.db,
    config: settings,
    logger: deps.logger,
    countSpike: (type) => deps.metrics.incidentSpike?.(type),
    ...(deps.raise ? { alertSpike: spikeAlerter(deps.raise, alertLinks(deps.config).dashboardUrl) } : {}),
    ...(linking ? { afterPlace: async (ticket, incident) => void (await linkIncidentMembers(deps.db, ports, incident, ticket, deps.logger)) } : {}),
  });
}
