import type { Ticket } from '../../domain/ticket';
import { PermanentHelpdeskError, withSentRequests } from '../errors';
import type { SentRequest, WriteBackReport } from '../types';
import type { ZendeskApi, ZendeskTicketUpdate } from './api';
import { mergeMacroResults } from './macro-merge';

export interface ZendeskWriteBackInput {
  ticket: Ticket;
  /** Internal note HTML; null/'' = no note this time (the other changes still go out). */
  noteHtml: string | null;
  priority?: string;
  groupId?: number;
  tags: string[];
  macroIds: number[];
  customFields: Array<{ id: number; value: string | number }>;
}

/**
 * Writes one decision back: macros are read (apply changes nothing), merged into ONE
 * `safe_update` ticket update carrying the internal note, then tags are ADDED (never replaced).
 * Tags go last: the update moves `updated_at`, so a tag write first would make it conflict.
 * 409 → ConflictError (the worker re-reads, re-decides, retries).
 */
export async function writeBackZendesk(api: ZendeskApi, input: ZendeskWriteBackInput): Promise<WriteBackReport> {
  const requests: SentRequest[] = [];
  await withSentRequests(requests, () => writeSteps(api, input, requests));
  return { requests };
}

async function writeSteps(api: ZendeskApi, input: ZendeskWriteBackInput, requests: SentRequest[]): Promise<void> {
  const macros = [];
  for (const macroId of input.macroIds) {
    const sent = await api.applyMacro(input.ticket.id, macroId);
    requests.push(sent.request);
    macros.push({ macroId, apply: sent.data });
  }
  const merged = mergeMacroResults(input.ticket, { priority: input.priority, groupId: input.groupId, tags: input.tags, customFields: input.customFields }, macros);
  const note = input.noteHtml ? [input.noteHtml, ...merged.suggestedReplies].join('') : '';
  if (note || Object.keys(merged.fields).length > 0) {
    if (!input.ticket.updatedAt) {
      throw new PermanentHelpdeskError('zendesk update_ticket: the ticket has no updated_at — hydrate it from the API before writing back (safe_update needs it)', {
        source: 'zendesk',
        operation: 'update_ticket',
      });
    }
    const update: ZendeskTicketUpdate = {
      ...(note ? { comment: { html_body: note, public: false } } : {}),
      ...merged.fields,
      safe_update: true,
      updated_stamp: input.ticket.updatedAt,
    };
    requests.push((await api.updateTicket(input.ticket.id, update)).request);
  }
  if (merged.tags.length > 0) requests.push((await api.addTags(input.ticket.id, merged.tags)).request);
}
