import type { Config } from '../../config/load-config';
import type { Logger } from '../../logging/logger';
import type { HelpdeskAdapter, RequestPacer } from '../types';
import { createIntercomApi, type IntercomApi } from './api';
import { hydrateIntercomConversation } from './hydrate';
import { writeBackIntercom } from './write-back';

export interface IntercomAdapterOptions {
  timeoutInSeconds?: number;
  /** Tests may pass a prepared api; production builds it from the config. */
  api?: IntercomApi;
}

type IntercomConfig = Pick<Config, 'INTERCOM_ACCESS_TOKEN' | 'INTERCOM_ADMIN_ID' | 'INTERCOM_API_URL' | 'INTERCOM_API_VERSION'>;

export function createIntercomAdapter(config: IntercomConfig, pacer: RequestPacer, logger: Logger, options: IntercomAdapterOptions = {}): HelpdeskAdapter {
  if (!options.api && (!config.INTERCOM_ACCESS_TOKEN || !config.INTERCOM_ADMIN_ID)) {
    throw new Error('Intercom API credentials are missing: set INTERCOM_ACCESS_TOKEN and INTERCOM_ADMIN_ID, or run in shadow mode');
  }
  const api =
    options.api ??
    createIntercomApi({
      token: config.INTERCOM_ACCESS_TOKEN ?? '',
      adminId: config.INTERCOM_ADMIN_ID ?? '',
      apiUrl: config.INTERCOM_API_URL,
      version: config.INTERCOM_API_VERSION,
      pacer,
      timeoutInSeconds: options.timeoutInSeconds,
    });
  const log = logger.child({ helpdesk: 'intercom' });
  return {
    source: 'intercom',
    async hydrate(conversationId, fallback) {
      const ticket = await hydrateIntercomConversation(api, conversationId, fallback);
      log.debug({ conversationId, noteRefs: ticket.existingNoteRefs?.length ?? 0 }, 'intercom conversation hydrated');
      return ticket;
    },
    async writeBack(input) {
      const report = await writeBackIntercom(api, {
        ticket: input.ticket,
        noteHtml: input.noteHtml,
        teamId: input.route.intercomTeamId,
        tags: input.tags,
        priority: input.priority,
        customAttributes: input.fields,
        macroIds: input.macros.intercom,
      });
      log.info({ conversationId: input.ticket.id, requests: report.requests.map((r) => `${r.method} ${r.path} ${r.status}`), skipped: report.skipped?.map((s) => s.step) }, 'intercom write-back done');
      return report;
    },
  };
}
