/**
 * An Intercom conversation (and its contact) as the neutral Ticket. The same model arrives from
 * the REST API (hydration) and inside Canvas Kit requests, so both read it here; every piece
 * may be missing, and what is missing comes from `fallback`.
 */
import type { RequesterIdentity, Ticket } from '../../domain/ticket';
import { htmlToText } from '../html';
import { composeCustomerText } from '../ticket-text';

interface AuthorLike {
  type?: string | null;
  id?: string | number | null;
  email?: string | null;
}

interface PartLike {
  part_type?: string | null;
  body?: string | null;
  author?: AuthorLike | null;
}

export interface ConversationLike {
  title?: string | null;
  updated_at?: number | null;
  state?: string | null;
  priority?: string | null;
  source?: { type?: string | null; subject?: string | null; body?: string | null; author?: AuthorLike | null } | null;
  contacts?: { contacts?: Array<{ id?: string | null } | undefined> | null } | null;
  tags?: { tags?: Array<{ name?: string | null } | undefined> | null } | null;
  conversation_parts?: { conversation_parts?: Array<PartLike | undefined> | null } | null;
}

export interface ContactLike {
  id?: string | null;
  email?: string | null;
  external_id?: string | null;
  name?: string | null;
}

const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);
/** Intercom source types → the neutral channel names the rules use. */
const CHANNELS: Record<string, string> = { conversation: 'messenger', email: 'email', phone_call: 'phone', phone_switch: 'phone' };

const isCustomer = (author: AuthorLike | null | undefined): boolean => Boolean(author?.type && CUSTOMER_AUTHORS.has(author.type));

export function customerText(conversation: ConversationLike): string {
  const messages: string[] = [];
  const source = conversation.source;
  if (source?.body && (!source.author || isCustomer(source.author))) messages.push(htmlToText(source.body));
  for (const part of conversation.conversation_parts?.conversation_parts ?? []) {
    if (part?.part_type === 'comment' && isCustomer(part.author) && part.body) messages.push(htmlToText(part.body));
  }
  return composeCustomerText(messages);
}

export function firstContactId(conversation: ConversationLike): string | undefined {
  return conversation.contacts?.contacts?.find((c) => c?.id)?.id ?? undefined;
}

function requesterIdentity(contactId: string | undefined, contact: ContactLike | undefined, fallback: RequesterIdentity | undefined): RequesterIdentity {
  const identity: RequesterIdentity = { ...fallback };
  if (contactId) identity.helpdeskUserId = contactId;
  if (contact?.email) identity.email = contact.email;
  if (contact?.name) identity.name = contact.name;
  if (contact?.external_id) identity.externalId = contact.external_id;
  return identity;
}

/** `contact` is the conversation's customer, when it is known; `fallback` fills every gap. */
export function conversationTicket(conversationId: string, conversation: ConversationLike, contact: ContactLike | undefined, fallback: Partial<Ticket> = {}): Ticket {
  const sourceType = conversation.source?.type ?? undefined;
  const subject = conversation.title || (conversation.source?.subject ? htmlToText(conversation.source.subject) : '');
  const updatedAt = typeof conversation.updated_at === 'number' ? new Date(conversation.updated_at * 1000).toISOString() : fallback.updatedAt;
  const status = conversation.state ?? undefined;
  const priority = conversation.priority ?? undefined;
  return {
    source: 'intercom',
    id: conversationId,
    channel: sourceType ? (CHANNELS[sourceType] ?? sourceType) : (fallback.channel ?? 'unknown'),
    subject: subject || fallback.subject || '',
    text: customerText(conversation) || fallback.text || '',
    requester: requesterIdentity(contact?.id ?? firstContactId(conversation), contact, fallback.requester),
    tags: (conversation.tags?.tags ?? []).flatMap((tag) => (tag?.name ? [tag.name] : [])),
    ...(updatedAt ? { updatedAt } : {}),
    ...(status ? { status } : {}),
    ...(priority ? { priority } : {}),
  };
}
