import type { RequesterIdentity, Ticket } from '../../domain/ticket';
import { PermanentHelpdeskError } from '../errors';
import { htmlToText } from '../html';
import { composeCustomerText, extractNoteRefs } from '../ticket-text';
import type { IntercomApi } from './api';
import type { IntercomContact, IntercomConversation } from './schemas';

const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);
/** Intercom source types → the neutral channel names the rules use. */
const CHANNELS: Record<string, string> = { conversation: 'messenger', email: 'email', phone_call: 'phone', phone_switch: 'phone' };

function customerText(conversation: IntercomConversation): string {
  const messages: string[] = [];
  const source = conversation.source;
  if (source?.body && (!source.author || CUSTOMER_AUTHORS.has(source.author.type))) messages.push(htmlToText(source.body));
  for (const part of conversation.conversation_parts?.conversation_parts ?? []) {
    if (part.part_type === 'comment' && part.author && CUSTOMER_AUTHORS.has(part.author.type) && part.body) messages.push(htmlToText(part.body));
  }
  return composeCustomerText(messages);
}

/** Refs in notes written by our admin (or any admin note when the admin id is unknown). */
function noteRefs(conversation: IntercomConversation, adminId: string | undefined): string[] {
  const notes = (conversation.conversation_parts?.conversation_parts ?? []).filter(
    (part) => part.part_type === 'note' && part.author?.type === 'admin' && (!adminId || String(part.author.id) === adminId),
  );
  return [...new Set(notes.flatMap((note) => extractNoteRefs(note.body ?? '')))];
}

/** A contact deleted since the conversation began (404) keeps what the webhook said about them. */
async function findContact(api: IntercomApi, contactId: string | undefined): Promise<IntercomContact | undefined> {
  if (!contactId) return undefined;
  try {
    return (await api.findContact(contactId)).data;
  } catch (error) {
    if (error instanceof PermanentHelpdeskError && error.status === 404) return undefined;
    throw error;
  }
}

function requesterIdentity(contactId: string | undefined, contact: IntercomContact | undefined, fallback: RequesterIdentity | undefined): RequesterIdentity {
  const identity: RequesterIdentity = { ...fallback };
  if (contactId) identity.helpdeskUserId = contactId;
  if (contact?.email) identity.email = contact.email;
  if (contact?.name) identity.name = contact.name;
  if (contact?.external_id) identity.externalId = contact.external_id;
  return identity;
}

/** Reads a conversation and its contact from Intercom into the neutral Ticket. */
export async function hydrateIntercomConversation(api: IntercomApi, conversationId: string, fallback: Partial<Ticket> = {}): Promise<Ticket> {
  const { data: conversation } = await api.findConversation(conversationId);
  const contactRef = conversation.contacts?.contacts[0];
  const contact = await findContact(api, contactRef?.id);
  const sourceType = conversation.source?.type ?? undefined;
  const subject = conversation.title || (conversation.source?.subject ? htmlToText(conversation.source.subject) : '');
  return {
    source: 'intercom',
    id: conversation.id,
    channel: sourceType ? (CHANNELS[sourceType] ?? sourceType) : (fallback.channel ?? 'unknown'),
    subject: subject || fallback.subject || '',
    text: customerText(conversation) || fallback.text || '',
    requester: requesterIdentity(contactRef?.id, contact, fallback.requester),
    tags: (conversation.tags?.tags ?? []).map((tag) => tag.name),
    updatedAt: conversation.updated_at != null ? new Date(conversation.updated_at * 1000).toISOString() : fallback.updatedAt,
    status: conversation.state ?? undefined,
    priority: conversation.priority ?? undefined,
    existingNoteRefs: noteRefs(conversation, api.adminId),
  };
}
