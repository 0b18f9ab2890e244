import type { Config } from '../../config/load-config';
import type { Logger } from '../../logging/logger';
import { zendeskCustomFields } from '../risk-fields';
import type { HelpdeskAdapter, RequestPacer } from '../types';
import { createZendeskApi, type ZendeskApi } from './api';
import { hydrateZendeskTicket } from './hydrate';
import { writeBackZendesk } from './write-back';

export interface ZendeskAdapterOptions {
  timeoutMs?: number;
  /** Tests may pass a prepared api; production builds it from the config. */
  api?: ZendeskApi;
}

type ZendeskConfig = Pick<Config, 'ZENDESK_SUBDOMAIN' | 'ZENDESK_API_URL' | 'ZENDESK_EMAIL' | 'ZENDESK_API_TOKEN' | 'ZENDESK_BOT_USER_ID'>;

export function createZendeskAdapter(config: ZendeskConfig, pacer: RequestPacer, logger: Logger, options: ZendeskAdapterOptions = {}): HelpdeskAdapter {
  if (!options.api && (!config.ZENDESK_EMAIL || !config.ZENDESK_API_TOKEN)) {
    throw new Error('Zendesk API credentials are missing: set ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), ZENDESK_EMAIL and ZENDESK_API_TOKEN, or run in shadow mode');
  }
  const api =
    options.api ??
    createZendeskApi({ subdomain: config.ZENDESK_SUBDOMAIN, apiUrl: config.ZENDESK_API_URL, email: config.ZENDESK_EMAIL ?? '', token: config.ZENDESK_API_TOKEN ?? '', pacer, timeoutMs: options.timeoutMs });
  const log = logger.child({ helpdesk: 'zendesk' });
  return {
    source: 'zendesk',
    async hydrate(ticketId, fallback) {
      const ticket = await hydrateZendeskTicket(api, ticketId, fallback, { botUserId: config.ZENDESK_BOT_USER_ID });
      log.debug({ ticketId, noteRefs: ticket.existingNoteRefs?.length ?? 0 }, 'zendesk ticket hydrated');
      return ticket;
    },
    async writeBack(input) {
      const report = await writeBackZendesk(api, {
        ticket: input.ticket,
        noteHtml: input.noteHtml,
        priority: input.priority,
        groupId: input.route.zendeskGroupId,
        tags: input.tags,
        macroIds: input.macros.zendesk,
        customFields: zendeskCustomFields(input.fields),
      });
      log.info({ ticketId: input.ticket.id, requests: report.requests.map((r) => `${r.method} ${r.path} ${r.status}`) }, 'zendesk write-back done');
      return report;
    },
  };
}
