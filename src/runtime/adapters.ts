/** Helpdesk adapters for the helpdesks whose API credentials are configured (others hydrate from webhooks). */
import type { Config } from '../config/load-config';
import type { HelpdeskSource } from '../domain/ticket';
import { createIntercomAdapter } from '../helpdesk/intercom/adapter';
import type { HelpdeskAdapter, RequestPacer } from '../helpdesk/types';
import { createZendeskAdapter } from '../helpdesk/zendesk/adapter';
import type { Logger } from '../logging/logger';

export function buildAdapters(config: Config, pacer: RequestPacer, logger: Logger): Partial<Record<HelpdeskSource, HelpdeskAdapter>> {
  const adapters: Partial<Record<HelpdeskSource, HelpdeskAdapter>> = {};
  if (config.zendeskApiConfigured) adapters.zendesk = createZendeskAdapter(config, pacer, logger);
  if (config.intercomApiConfigured) adapters.intercom = createIntercomAdapter(config, pacer, logger);
  return adapters;
}
