/**
 * Intercom tracker tickets: one tracker per incident, created with the first conversation linked
 * (POST /tickets, 2.14), then every other conversation linked to it
 * (POST /tickets/{id}/linked_conversations — only in API 2.16 / Unstable, so that call carries
 * `Intercom-Version: 2.16` whatever INTERCOM_API_VERSION says). Paced with the other writes.
 */
import { z } from 'zod';
import { nodeHttpFetch } from '../http-fetch';
import { pacedFetch, type FetchFn } from '../paced-fetch';
import type { RequestPacer } from '../types';
import { sendJson, unexpectedShape } from './send-json';

export interface TrackerTicket {
  title: string;
  description: string;
  /** The conversation the tracker is created from, and its contact (Intercom requires one). */
  conversationId: string;
  contactId: string;
}

export interface IntercomLinker {
  createTracker(tracker: TrackerTicket): Promise<string>;
  linkConversation(trackerId: string, conversationId: string): Promise<void>;
}

export interface IntercomLinkerOptions {
  apiUrl?: string;
  token: string;
  version: string;
  ticketTypeId: string;
  pacer: RequestPacer;
  fetchImpl?: FetchFn;
  timeoutMs?: number;
}

/** The version that documents linked_conversations (protocols: Intercom-OpenAPI descriptions/2.16). */
export const LINK_CONVERSATION_VERSION = '2.16';

const trackerSchema = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String) });

export function createIntercomLinker(options: IntercomLinkerOptions): IntercomLinker {
  const base = (options.apiUrl ?? 'https://api.intercom.io').replace(/\/+$/, '');
  const fetchFn = pacedFetch('intercom', options.pacer, options.fetchImpl ?? nodeHttpFetch);
  const auth = { Authorization: `Bearer ${options.token}` };
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async createTracker(tracker) {
      const ctx = { source: 'intercom' as const, operation: 'create_tracker', timeoutMs };
      const answer = await sendJson(fetchFn, ctx, `${base}/tickets`, 'POST', { ...auth, 'Intercom-Version': options.version }, {
        ticket_type_id: options.ticketTypeId,
        contacts: [{ id: tracker.contactId }],
        conversation_to_link_id: tracker.conversationId,
        ticket_attributes: { _default_title_: tracker.title, _default_description_: tracker.description },
        skip_notifications: true,
      });
      const parsed = trackerSchema.safeParse(answer.body);
      if (!parsed.success) throw unexpectedShape('intercom', ctx.operation, answer.status);
      return parsed.data.id;
    },
    async linkConversation(trackerId, conversationId) {
      const url = `${base}/tickets/${encodeURIComponent(trackerId)}/linked_conversations`;
      await sendJson(fetchFn, { source: 'intercom', operation: 'link_conversation', timeoutMs }, url, 'POST', { ...auth, 'Intercom-Version': LINK_CONVERSATION_VERSION }, { conversation_id: conversationId });
    },
  };
}
