import { IntercomClient } from 'intercom-client';
import type { z } from 'zod';
import { classifyHelpdeskFailure } from '../classify';
import { PermanentHelpdeskError } from '../errors';
import type { FetchFn } from '../paced-fetch';
import type { RequestPacer, SentRequest } from '../types';
import {
  intercomAnySchema,
  intercomContactSchema,
  intercomConversationSchema,
  intercomMacroSchema,
  intercomTagSchema,
  type IntercomContact,
  type IntercomConversation,
  type IntercomMacro,
} from './schemas';
import { TagIdCache } from './tag-cache';

export interface IntercomApiOptions {
  token: string;
  /** INTERCOM_ADMIN_ID: notes, tags and assignments are made as this admin. */
  adminId: string;
  /** INTERCOM_API_URL (tests, EU/AU regions); default https://api.intercom.io. */
  apiUrl?: string;
  /** INTERCOM_API_VERSION, e.g. `2.14`, `2.15`, `Unstable`. */
  version: string;
  pacer: RequestPacer;
  timeoutInSeconds?: number;
  fetchImpl?: FetchFn;
  tagCacheSize?: number;
}

export interface Sent<T> {
  data: T;
  request: SentRequest;
}

export interface IntercomConversationUpdate {
  custom_attributes?: Record<string, string | number>;
  /** Only sent when the version accepts it (Unstable). */
  priority?: string;
}

/** Typed, validated Intercom operations riskdesk uses. */
export interface IntercomApi {
  readonly version: string;
  readonly adminId: string;
  findConversation(conversationId: string): Promise<Sent<IntercomConversation>>;
  findContact(contactId: string): Promise<Sent<IntercomContact>>;
  replyNote(conversationId: string, bodyHtml: string): Promise<Sent<unknown>>;
  /** Cached per process; `request` is set only when Intercom was asked. */
  findOrCreateTagId(name: string): Promise<{ id: string; request?: SentRequest }>;
  tagConversation(conversationId: string, tagId: string): Promise<Sent<unknown>>;
  assignToTeam(conversationId: string, teamId: string): Promise<Sent<unknown>>;
  updateConversation(conversationId: string, update: IntercomConversationUpdate): Promise<Sent<unknown>>;
  getMacro(macroId: string): Promise<Sent<IntercomMacro>>;
}

interface RawAnswer {
  data: unknown;
  rawResponse: { status: number };
}

export function createIntercomApi(options: IntercomApiOptions): IntercomApi {
  const client = new IntercomClient({
    token: options.token,
    baseUrl: options.apiUrl?.replace(/\/+$/, ''),
    // Retries belong to the queue: the SDK would retry POST /reply on 5xx and post the note twice.
    maxRetries: 0,
    timeoutInSeconds: options.timeoutInSeconds ?? 10,
    // Any version string (2.15, Preview…), not only the SDK's enum.
    headers: { 'Intercom-Version': options.version },
    ...(options.fetchImpl ? { fetch: options.fetchImpl } : {}),
  });
  const tags = new TagIdCache(options.tagCacheSize);
  const adminId = options.adminId;

  async function call<T>(operation: string, method: string, path: string, schema: z.ZodType<T>, run: () => Promise<RawAnswer>): Promise<Sent<T>> {
    let answer: RawAnswer;
    try {
      // Paced here, not inside the SDK's fetch: with maxRetries 0 one call is exactly one request, and a
      // pacer that throws (e.g. a RateLimitedError when the shared budget is spent) reaches the worker
      // unchanged instead of being wrapped by the SDK into an untyped IntercomError.
      await options.pacer.acquire('intercom');
      answer = await run();
    } catch (error) {
      throw classifyHelpdeskFailure(error, { source: 'intercom', operation });
    }
    const parsed = schema.safeParse(answer.data);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      throw new PermanentHelpdeskError(`intercom ${operation}: unexpected response shape (${problem?.path.join('.') ?? ''}: ${problem?.message ?? ''}) — is INTERCOM_API_URL pointing at Intercom?`, {
        source: 'intercom',
        operation,
        status: answer.rawResponse.status,
      });
    }
    return { data: parsed.data, request: { method, path, status: answer.rawResponse.status } };
  }

  const enc = encodeURIComponent;
  return {
    version: options.version,
    adminId,
    findConversation: (id) => call('find_conversation', 'GET', `/conversations/${enc(id)}`, intercomConversationSchema, () => client.conversations.find({ conversation_id: id }).withRawResponse()),
    findContact: (id) => call('find_contact', 'GET', `/contacts/${enc(id)}`, intercomContactSchema, () => client.contacts.find({ contact_id: id }).withRawResponse()),
    replyNote: (id, body) =>
      call('reply_note', 'POST', `/conversations/${enc(id)}/reply`, intercomAnySchema, () =>
        client.conversations.reply({ conversation_id: id, body: { message_type: 'note', type: 'admin', admin_id: adminId, body } }).withRawResponse(),
      ),
    async findOrCreateTagId(name) {
      const cached = tags.get(name);
      if (cached !== undefined) return { id: cached };
      // POST /tags is create-or-find: an existing name answers with the existing tag.
      const sent = await call('create_tag', 'POST', '/tags', intercomTagSchema, () => client.tags.create({ name }).withRawResponse());
      tags.set(name, sent.data.id);
      return { id: sent.data.id, request: sent.request };
    },
    tagConversation: (id, tagId) =>
      call('tag_conversation', 'POST', `/conversations/${enc(id)}/tags`, intercomAnySchema, () => client.tags.tagConversation({ conversation_id: id, id: tagId, admin_id: adminId }).withRawResponse()),
    assignToTeam: (id, teamId) =>
      call('assign_team', 'POST', `/conversations/${enc(id)}/parts`, intercomAnySchema, () =>
        client.conversations.manage({ conversation_id: id, body: { message_type: 'assignment', type: 'team', admin_id: adminId, assignee_id: teamId } }).withRawResponse(),
      ),
    updateConversation: (id, update) =>
      // The SDK sends every field but the path id as the body, so `priority` (Unstable only) passes through.
      call('update_conversation', 'PUT', `/conversations/${enc(id)}`, intercomAnySchema, () => client.conversations.update({ conversation_id: id, ...update }).withRawResponse()),
    getMacro: (macroId) => call('get_macro', 'GET', `/macros/${enc(macroId)}`, intercomMacroSchema, () => client.unstable.macros.getMacro({ id: macroId }).withRawResponse()),
  };
}
