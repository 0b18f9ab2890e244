import { createClient } from 'node-zendesk';
import { z } from 'zod';
import { classifyHelpdeskFailure } from '../classify';
import { PermanentHelpdeskError } from '../errors';
import { nodeHttpFetch } from '../http-fetch';
import { pacedFetch, type FetchFn } from '../paced-fetch';
import type { RequestPacer, SentRequest } from '../types';
import {
  zendeskCommentsSchema,
  zendeskMacroApplySchema,
  zendeskTagsSchema,
  zendeskTicketSchema,
  zendeskUserSchema,
  type ZendeskComment,
  type ZendeskMacroApply,
  type ZendeskTicket,
  type ZendeskUser,
} from './schemas';
import { zendeskTransport } from './transport';

export interface ZendeskApiOptions {
  /** `https://{subdomain}.zendesk.com/api/v2` is built from this unless `apiUrl` is set. */
  subdomain?: string;
  /** ZENDESK_API_URL: base URL override (tests, proxies); `/api/v2` is appended when missing. */
  apiUrl?: string;
  email: string;
  token: string;
  pacer: RequestPacer;
  timeoutMs?: number;
  fetchImpl?: FetchFn;
}

/** The API-token Basic header for requests riskdesk sends without node-zendesk (backlog, incident links). */
export function zendeskBasicAuth(options: Pick<ZendeskApiOptions, 'email' | 'token'>): string {
  return `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
}

/** The ticket update riskdesk sends: never `tags` (that would REPLACE the agent's tags). */
export interface ZendeskTicketUpdate {
  comment?: { html_body: string; public: false };
  priority?: string;
  status?: string;
  group_id?: number;
  assignee_id?: number;
  custom_fields?: Array<{ id: number; value: unknown }>;
  safe_update: true;
  updated_stamp: string;
}

export interface Sent<T> {
  data: T;
  request: SentRequest;
}

/** Typed, validated Zendesk operations riskdesk uses — nothing else leaves through this client. */
export interface ZendeskApi {
  showTicket(ticketId: string): Promise<Sent<ZendeskTicket>>;
  /** Newest first, one page (`limit` ≤ 100). */
  listLatestComments(ticketId: string, limit?: number): Promise<Sent<ZendeskComment[]>>;
  showUser(userId: number): Promise<Sent<ZendeskUser>>;
  applyMacro(ticketId: string, macroId: number): Promise<Sent<ZendeskMacroApply>>;
  updateTicket(ticketId: string, ticket: ZendeskTicketUpdate): Promise<Sent<ZendeskTicket>>;
  addTags(ticketId: string, tags: string[]): Promise<Sent<string[]>>;
}

type RawRequest = (method: string, uri: Array<string | Record<string, unknown>>, body?: object) => Promise<unknown>;
type SdkTicketUpdate = Parameters<ReturnType<typeof createClient>['tickets']['update']>[1];

const sdkAnswerSchema = z.object({ response: z.looseObject({ status: z.number() }), result: z.unknown() });

export function zendeskEndpoint(options: Pick<ZendeskApiOptions, 'subdomain' | 'apiUrl'>): string {
  if (options.apiUrl) {
    const trimmed = options.apiUrl.replace(/\/+$/, '');
    return trimmed.endsWith('/api/v2') ? trimmed : `${trimmed}/api/v2`;
  }
  if (!options.subdomain) throw new Error('ZENDESK_SUBDOMAIN or ZENDESK_API_URL is required to call the Zendesk API');
  return `https://${options.subdomain}.zendesk.com/api/v2`;
}

function numericId(value: string, what: string, operation: string): string {
  if (!/^\d{1,20}$/.test(value)) {
    throw new PermanentHelpdeskError(`zendesk ${operation}: ${what} must be numeric, got "${value.slice(0, 40)}"`, { source: 'zendesk', operation });
  }
  return value;
}

export function createZendeskApi(options: ZendeskApiOptions): ZendeskApi {
  const endpointUri = zendeskEndpoint(options);
  const fetchFn = pacedFetch('zendesk', options.pacer, options.fetchImpl ?? nodeHttpFetch);
  const client = createClient({
    username: options.email,
    token: options.token,
    endpointUri,
    // Keep statusCode and our typed failures: the default wraps every error into a bare Error.
    throwOriginalException: true,
    transportConfig: zendeskTransport(fetchFn, options.timeoutMs ?? 10_000),
  });
  const basePath = new URL(endpointUri).pathname.replace(/\/+$/, '');
  // node-zendesk's d.ts types `uri` as a string; at runtime it takes path segments plus a query object.
  const rawRequest = client.tickets.request.bind(client.tickets) as unknown as RawRequest;

  /** Runs one SDK call; maps failures (thrown OR resolved — node-zendesk resolves some) to typed errors. */
  async function call<T>(operation: string, method: string, path: string, schema: z.ZodType<T>, run: () => Promise<unknown>): Promise<Sent<T>> {
    let answer: z.infer<typeof sdkAnswerSchema>;
    try {
      answer = sdkAnswerSchema.parse(await run());
    } catch (error) {
      throw classifyHelpdeskFailure(error, { source: 'zendesk', operation });
    }
    if (answer.result instanceof Error) throw classifyHelpdeskFailure(answer.result, { source: 'zendesk', operation });
    const parsed = schema.safeParse(answer.result);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new PermanentHelpdeskError(`zendesk ${operation}: unexpected response shape (${problem?.path.join('.') ?? ''}: ${problem?.message ?? ''}) — is ZENDESK_API_URL pointing at Zendesk?`, {
        source: 'zendesk',
        operation,
        status: answer.response.status,
      });
    }
    return { data: parsed.data, request: { method, path: `${basePath}${path}`, status: answer.response.status } };
  }

  return {
    showTicket: (ticketId) => {
      const id = numericId(ticketId, 'ticket id', 'show_ticket');
      return call('show_ticket', 'GET', `/tickets/${id}`, zendeskTicketSchema, () => client.tickets.show(Number(id)));
    },
    // Generic request(): tickets.getComments pages through the WHOLE history (up to 5000 comments);
    // we need one page of the latest, newest first.
    listLatestComments: (ticketId, limit = 100) => {
      const id = numericId(ticketId, 'ticket id', 'list_comments');
      const query = { sort_order: 'desc', per_page: Math.min(Math.max(limit, 1), 100) };
      return call('list_comments', 'GET', `/tickets/${id}/comments`, zendeskCommentsSchema, () => rawRequest('GET', ['tickets', id, 'comments', query]));
    },
    showUser: (userId) => call('show_user', 'GET', `/users/${userId}`, zendeskUserSchema, () => client.users.show(userId)),
    applyMacro: (ticketId, macroId) => {
      const id = numericId(ticketId, 'ticket id', 'apply_macro');
      return call('apply_macro', 'GET', `/tickets/${id}/macros/${macroId}/apply`, zendeskMacroApplySchema, () => client.macros.applyTicket(Number(id), macroId));
    },
    updateTicket: (ticketId, ticket) => {
      const id = numericId(ticketId, 'ticket id', 'update_ticket');
      return call('update_ticket', 'PUT', `/tickets/${id}`, zendeskTicketSchema, () => client.tickets.update(Number(id), { ticket } as unknown as SdkTicketUpdate));
    },
    // Generic request(): tickets.addTags goes through requestAll (pagination logic for a PUT) and
    // silently drops array bodies; an explicit object body on one request is what Zendesk documents.
    addTags: async (ticketId, tags) => {
      const id = numericId(ticketId, 'ticket id', 'add_tags');
      const sent = await call('add_tags', 'PUT', `/tickets/${id}/tags`, zendeskTagsSchema, () => rawRequest('PUT', ['tickets', id, 'tags'], { tags }));
      return { data: sent.data.tags, request: sent.request };
    },
  };
}
