import type { ActorType, HelpdeskEvent, RequesterIdentity } from '../../src/domain/ticket';
import { toIso } from '../schema-fields';
import type { Normalized } from '../types';
import { htmlToText } from './html-text';
import type { IntercomAuthor, IntercomConversation, IntercomConversationNotification } from './notification-schema';

/**
 * Conversation topics riskdesk processes: a customer's new conversation or reply, a contact
 * attached (new identity), tags added. Admin replies, notes, assignment, open/close/snooze and
 * priority changes are normalized and acknowledged only: they do not change the customer's risk.
 */
export const INTERCOM_PROCESSED_TOPICS: ReadonlySet<string> = new Set([
  'conversation.user.created',
  'conversation.user.replied',
  'conversation.contact.attached',
  'conversation_part.tag.created',
]);

export function isConversationTopic(topic: string): boolean {
  return topic.startsWith('conversation.') || topic.startsWith('conversation_part.');
}

const CUSTOMER_TYPES = new Set(['user', 'lead', 'contact']);
const AGENT_TYPES = new Set(['admin', 'team']);

function actorType(author: IntercomAuthor | null | undefined): ActorType {
  const type = author?.type ?? '';
  if (CUSTOMER_TYPES.has(type)) return 'customer';
  if (AGENT_TYPES.has(type)) return 'agent';
  return type === 'bot' ? 'bot' : 'unknown';
}

function latestPart(item: IntercomConversation) {
  const parts = item.conversation_parts?.conversation_parts ?? [];
  return parts.length > 0 ? parts[parts.length - 1] : undefined;
}

function requesterOf(item: IntercomConversation, customerAuthor: IntercomAuthor | undefined): RequesterIdentity {
  const contact = item.contacts?.contacts[0];
  const email = customerAuthor?.email?.includes('@') ? customerAuthor.email : undefined;
  return { helpdeskUserId: contact?.id ?? customerAuthor?.id, externalId: contact?.external_id, email, name: customerAuthor?.name };
}

/** The customer as the conversation shows them: the source's author, else the customer who just wrote. */
function customerAuthorOf(item: IntercomConversation, author: IntercomAuthor | undefined, actor: ActorType): IntercomAuthor | undefined {
  const sourceAuthor = item.source?.author ?? undefined;
  if (actorType(sourceAuthor) === 'customer') return sourceAuthor;
  return actor === 'customer' ? author : undefined;
}

function ticketOf(item: IntercomConversation, customerBody: string | undefined, customer: IntercomAuthor | undefined, receivedAt: string): HelpdeskEvent['ticket'] {
  const sourceType = item.source?.type ?? undefined;
  return {
    channel: sourceType === 'conversation' ? 'messenger' : sourceType,
    subject: item.source?.subject ? htmlToText(item.source.subject) : item.title,
    text: customerBody ? htmlToText(customerBody) : undefined,
    requester: requesterOf(item, customer),
    tags: item.tags?.tags.map((tag) => tag.name),
    updatedAt: item.updated_at ? toIso(item.updated_at, receivedAt) : undefined,
    status: item.state,
    priority: item.priority,
  };
}

export function normalizeIntercomConversation(payload: IntercomConversationNotification, receivedAt: string): Normalized {
  const item = payload.data.item;
  const part = latestPart(item);
  // The actor is whoever wrote the latest part (or the conversation's first message).
  const author = part?.author ?? item.source?.author ?? undefined;
  const actor = actorType(author);
  const customerBody = actor === 'customer' ? (part?.body ?? item.source?.body) : undefined;
  const event: HelpdeskEvent = {
    source: 'intercom',
    deliveryId: payload.id,
    kind: payload.topic,
    ticketId: item.id,
    occurredAt: toIso(payload.created_at, receivedAt),
    actor: author?.id ? { type: actor, id: author.id } : { type: actor },
    ticket: ticketOf(item, customerBody, customerAuthorOf(item, author, actor), receivedAt),
  };
  // Admin ids and contact ids live in different namespaces: only an admin actor can be riskdesk itself.
  const actorIds = author?.id && actor === 'agent' ? [author.id] : [];
  const added = item.tags_added?.tags.map((tag) => tag.name);
  const tagChange = payload.topic === 'conversation_part.tag.created' && added ? { added, removed: [] } : undefined;
  return { type: 'event', event, actorIds, tagChange, relevant: INTERCOM_PROCESSED_TOPICS.has(payload.topic), ...agentReplyOf(payload.topic, part, author, event.occurredAt, receivedAt) };
}

/** `conversation.admin.replied` by a person (an admin, not Fin or another AI answer): the SLA's first reply. */
function agentReplyOf(topic: string, part: ReturnType<typeof latestPart>, author: IntercomAuthor | undefined, occurredAt: string, receivedAt: string): { agentReply?: { at: string } } {
  if (topic !== 'conversation.admin.replied' || author?.type !== 'admin' || author.from_ai_agent === true || author.is_ai_answer === true) return {};
  return { agentReply: { at: part?.created_at ? toIso(part.created_at, receivedAt) : occurredAt } };
}
