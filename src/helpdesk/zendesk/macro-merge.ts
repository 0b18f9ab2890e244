import type { Ticket } from '../../domain/ticket';
import { htmlToText, suggestedReplySection } from '../html';
import type { ZendeskTicketUpdate } from './api';
import type { ZendeskMacroApply } from './schemas';

/** What our decision says explicitly; these win over anything a macro would set. */
export interface ZendeskDecisionFields {
  priority?: string;
  groupId?: number;
  tags: string[];
  customFields: Array<{ id: number; value: string | number }>;
}

export interface MergedZendeskChanges {
  fields: Omit<ZendeskTicketUpdate, 'comment' | 'safe_update' | 'updated_stamp'>;
  tags: string[];
  suggestedReplies: string[];
}

/**
 * Folds macro apply results into ONE update. A macro's `result.ticket` is the whole would-be
 * ticket, so only what differs from the current ticket counts as the macro's change; our
 * explicit values win; macro tags join ours. A macro's public reply becomes a suggestion
 * inside the internal note — automation never answers the customer. Assignee changes are
 * dropped: applied through the API, "assign to current user" would assign the integration user.
 */
export function mergeMacroResults(current: Ticket, decision: ZendeskDecisionFields, macros: Array<{ macroId: number; apply: ZendeskMacroApply }>): MergedZendeskChanges {
  const fields: MergedZendeskChanges['fields'] = {};
  const customFields = new Map<number, unknown>();
  const tags = new Set<string>();
  const suggestedReplies: string[] = [];
  for (const { macroId, apply } of macros) {
    const ticket = apply.result.ticket;
    if (ticket?.status && ticket.status !== current.status) fields.status = ticket.status;
    if (ticket?.priority && ticket.priority !== current.priority) fields.priority = ticket.priority;
    if (ticket?.group_id != null) fields.group_id = ticket.group_id;
    for (const field of ticket?.custom_fields ?? []) if (field.value !== null && field.value !== undefined) customFields.set(field.id, field.value);
    for (const tag of ticket?.tags ?? []) tags.add(tag);
    const comment = apply.result.comment;
    const reply = comment?.body ?? (comment?.html_body ? htmlToText(comment.html_body) : '');
    if (reply.trim()) suggestedReplies.push(suggestedReplySection(`macro ${macroId}`, reply));
  }
  if (decision.priority) fields.priority = decision.priority;
  if (decision.groupId !== undefined) fields.group_id = decision.groupId;
  for (const field of decision.customFields) customFields.set(field.id, field.value);
  if (customFields.size > 0) fields.custom_fields = [...customFields].map(([id, value]) => ({ id, value }));
  for (const tag of decision.tags) tags.add(tag);
  // Tags already on the ticket need no request; the tags endpoint only ever adds.
  const existing = new Set(current.tags);
  return { fields, tags: [...tags].filter((tag) => !existing.has(tag)), suggestedReplies };
}
