import type { Ticket } from '../../domain/ticket';
import { PermanentHelpdeskError } from '../errors';
import { extractNoteRefs } from '../ticket-text';
import type { IntercomApi } from './api';
import { conversationTicket, firstContactId } from './conversation-ticket';
import type { IntercomContact, IntercomConversation } from './schemas';

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

/** Reads a conversation and its contact from Intercom into the neutral Ticket. */
export async function hydrateIntercomConversation(api: IntercomApi, conversationId: string, fallback: Partial<Ticket> = {}): Promise<Ticket> {
  const { data: conversation } = await api.findConversation(conversationId);
  const contactId = firstContactId(conversation);
  const contact = await findContact(api, contactId);
  const ticket = conversationTicket(conversation.id, conversation, contact ?? (contactId ? { id: contactId } : undefined), fallback);
  return { ...ticket, existingNoteRefs: noteRefs(conversation, api.adminId) };
}
