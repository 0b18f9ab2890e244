/**
 * Intercom's open backlog through the conversation search (`POST /conversations/search`, 150 per
 * page, `pages.next.starting_after` until it is absent). Search results carry no conversation
 * parts: the pipeline hydrates each conversation.
 */
import { z } from 'zod';
import { backlogJson } from '../backlog-fetch';
import type { BacklogItem, BacklogQuery, BacklogReader } from '../backlog-types';
import { PermanentHelpdeskError } from '../errors';
import { htmlToText } from '../html';
import type { FetchFn } from '../paced-fetch';
import type { RequestPacer } from '../types';
import { intercomConversationSchema } from './schemas';

export const INTERCOM_BACKLOG_STATES = ['open', 'snoozed', 'closed'] as const;
export const INTERCOM_SEARCH_PAGE_SIZE = 150;

const searchSchema = z.looseObject({
  total_count: z.number().int().nullish(),
  pages: z.looseObject({ next: z.looseObject({ starting_after: z.string().nullish() }).nullish() }).nullish(),
  conversations: z.array(intercomConversationSchema),
});

export interface IntercomBacklogOptions {
  token: string;
  apiUrl?: string;
  version: string;
  pacer: RequestPacer;
  fetchImpl?: FetchFn;
}

/** `state IN [...]` (default: open), and `updated_at > since` (Intercom's `>` includes equality on dates). */
export function intercomBacklogFilter(query: BacklogQuery): Record<string, unknown> {
  const states = query.statuses.length > 0 ? [...query.statuses] : ['open'];
  const filters: Array<Record<string, unknown>> = [{ field: 'state', operator: 'IN', value: states }];
  if (query.since) filters.push({ field: 'updated_at', operator: '>', value: Math.floor(query.since.getTime() / 1000) });
  return { operator: 'AND', value: filters };
}

function toItem(conversation: z.infer<typeof intercomConversationSchema>): BacklogItem {
  const contact = conversation.contacts?.contacts[0];
  return {
    ticketId: conversation.id,
    fallback: {
      source: 'intercom',
      id: conversation.id,
      subject: conversation.title ?? htmlToText(conversation.source?.subject ?? ''),
      text: htmlToText(conversation.source?.body ?? ''),
      tags: conversation.tags?.tags.map((t) => t.name) ?? [],
      requester: contact ? { helpdeskUserId: contact.id, ...(contact.external_id ? { externalId: contact.external_id } : {}) } : {},
      ...(conversation.state ? { status: conversation.state } : {}),
    },
  };
}

export function createIntercomBacklogReader(options: IntercomBacklogOptions): BacklogReader {
  const base = (options.apiUrl ?? 'https://api.intercom.io').replace(/\/+$/, '');
  const init = { source: 'intercom' as const, operation: 'search_conversations', pacer: options.pacer, fetchImpl: options.fetchImpl ?? fetch };
  return {
    source: 'intercom',
    async page(query, cursor) {
      const body = {
        query: intercomBacklogFilter(query),
        pagination: { per_page: INTERCOM_SEARCH_PAGE_SIZE, ...(cursor ? { starting_after: cursor } : {}) },
      };
      const headers = { Authorization: `Bearer ${options.token}`, 'Intercom-Version': options.version, Accept: 'application/json', 'Content-Type': 'application/json' };
      const answer = await backlogJson(init, `${base}/conversations/search`, { method: 'POST', headers, body: JSON.stringify(body) }, searchSchema);
      const next = answer.data.pages?.next?.starting_after ?? null;
      if (next !== null && next === cursor) throw new PermanentHelpdeskError('intercom search_conversations: the next page cursor did not advance', { source: 'intercom', operation: init.operation });
      return { items: answer.data.conversations.map(toItem), nextCursor: next, total: answer.data.total_count ?? null };
    },
  };
}
