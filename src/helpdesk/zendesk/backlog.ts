/**
 * Zendesk's open backlog through the Search Export API (`GET /api/v2/search/export`,
 * `filter[type]=ticket`, cursor pages of 100): unlike `/search` it does not stop at 1,000 results.
 * Its cursors expire after an hour; a refused cursor becomes CursorExpiredError.
 */
import { z } from 'zod';
import { backlogJson } from '../backlog-fetch';
import { CursorExpiredError, type BacklogItem, type BacklogQuery, type BacklogReader } from '../backlog-types';
import { PermanentHelpdeskError } from '../errors';
import { nodeHttpFetch } from '../http-fetch';
import { zendeskBasicAuth, zendeskEndpoint, type ZendeskApiOptions } from './api';
import { zendeskTicketSchema } from './schemas';

export const ZENDESK_BACKLOG_STATUSES = ['new', 'open', 'pending', 'hold'] as const;
export const ZENDESK_EXPORT_PAGE_SIZE = 100;

// The description documents `{"count": n}`; some accounts answer `{"count": {"value": n, …}}`.
const countSchema = z.looseObject({ count: z.union([z.number().int(), z.looseObject({ value: z.number().int() }).transform((c) => c.value)]) });

const exportSchema = z.looseObject({
  results: z.array(zendeskTicketSchema),
  meta: z.looseObject({ has_more: z.boolean(), after_cursor: z.string().nullish() }),
});

export type ZendeskBacklogOptions = ZendeskApiOptions;

/** `status<solved` (new, open, pending, hold) unless statuses are given; `updated>=` for since. */
export function zendeskBacklogQuery(query: BacklogQuery): string {
  const statuses = query.statuses.length > 0 ? query.statuses.map((s) => `status:${s}`).join(' ') : 'status<solved';
  return query.since ? `${statuses} updated>=${query.since.toISOString().slice(0, 10)}` : statuses;
}

function toItem(ticket: z.infer<typeof zendeskTicketSchema>): BacklogItem {
  const id = String(ticket.id);
  return {
    ticketId: id,
    fallback: {
      source: 'zendesk',
      id,
      subject: ticket.subject ?? '',
      text: ticket.description ?? '',
      tags: ticket.tags,
      ...(ticket.requester_id ? { requester: { helpdeskUserId: String(ticket.requester_id) } } : {}),
      ...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
      ...(ticket.status ? { status: ticket.status } : {}),
      ...(ticket.priority ? { priority: ticket.priority } : {}),
    },
  };
}

export function createZendeskBacklogReader(options: ZendeskBacklogOptions): BacklogReader {
  const endpoint = zendeskEndpoint(options);
  const auth = zendeskBasicAuth(options);
  const init = { source: 'zendesk' as const, operation: 'search_export', pacer: options.pacer, fetchImpl: options.fetchImpl ?? nodeHttpFetch };
  const headers = { Authorization: auth, Accept: 'application/json' };
  return {
    source: 'zendesk',
    async count(query) {
      const params = new URLSearchParams({ query: `type:ticket ${zendeskBacklogQuery(query)}` });
      const answer = await backlogJson({ ...init, operation: 'search_count' }, `${endpoint}/search/count?${params.toString()}`, { method: 'GET', headers }, countSchema);
      return answer.data.count;
    },
    async page(query, cursor) {
      const params = new URLSearchParams({ query: zendeskBacklogQuery(query), 'filter[type]': 'ticket', 'page[size]': String(ZENDESK_EXPORT_PAGE_SIZE) });
      if (cursor) params.set('page[after]', cursor);
      try {
        const answer = await backlogJson(init, `${endpoint}/search/export?${params.toString()}`, { method: 'GET', headers }, exportSchema);
        const next = answer.data.meta.has_more ? (answer.data.meta.after_cursor ?? null) : null;
        return { items: answer.data.results.map(toItem), nextCursor: next, total: null };
      } catch (error) {
        // An expired or unknown cursor is a 400/422 on a request that carried one.
        if (cursor && error instanceof PermanentHelpdeskError && (error.status === 400 || error.status === 422)) {
          throw new CursorExpiredError('the stored Zendesk export cursor was refused (cursors expire after one hour)');
        }
        throw error;
      }
    },
  };
}
