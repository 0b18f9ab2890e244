import type { RequesterIdentity, Ticket } from '../../domain/ticket';
import { PermanentHelpdeskError } from '../errors';
import { htmlToText } from '../html';
import { composeCustomerText, extractNoteRefs } from '../ticket-text';
import type { ZendeskApi } from './api';
import type { ZendeskComment, ZendeskTicket, ZendeskUser } from './schemas';

export interface ZendeskHydrateOptions {
  /** ZENDESK_BOT_USER_ID: only internal notes by this user count as riskdesk's. Unknown → any internal note. */
  botUserId?: string;
  /** How many of the latest comments to read (one page, ≤ 100). */
  commentLimit?: number;
}

function commentText(comment: ZendeskComment): string {
  return comment.plain_body ?? comment.body ?? (comment.html_body ? htmlToText(comment.html_body) : '');
}

/** Riskdesk's earlier note refs: internal notes by the bot user (or by anyone when the bot id is unknown). */
function noteRefs(comments: ZendeskComment[], botUserId?: string): string[] {
  const notes = comments.filter((comment) => !comment.public && (botUserId === undefined || String(comment.author_id) === botUserId));
  return [...new Set(notes.flatMap((note) => extractNoteRefs(`${note.body ?? ''} ${note.html_body ?? ''}`)))];
}

function customerText(ticket: ZendeskTicket, comments: ZendeskComment[]): string {
  const requesterComments = comments
    .filter((comment) => comment.public && ticket.requester_id != null && comment.author_id === ticket.requester_id)
    .reverse() // the page is newest first; the text is newest last
    .map(commentText);
  return composeCustomerText([ticket.description ?? '', ...requesterComments]);
}

function requesterIdentity(ticket: ZendeskTicket, user: ZendeskUser | undefined, fallback: RequesterIdentity | undefined): RequesterIdentity {
  const identity: RequesterIdentity = { ...fallback };
  if (ticket.requester_id != null) identity.helpdeskUserId = String(ticket.requester_id);
  if (user?.email) identity.email = user.email;
  if (user?.name) identity.name = user.name;
  if (user?.external_id != null && user.external_id !== '') identity.externalId = String(user.external_id);
  return identity;
}

/** A deleted requester (404) should not sink the ticket: keep what the webhook said about them. */
async function requesterUser(api: ZendeskApi, requesterId: number | null | undefined): Promise<ZendeskUser | undefined> {
  if (requesterId == null) return undefined;
  try {
    return (await api.showUser(requesterId)).data;
  } catch (error) {
    if (error instanceof PermanentHelpdeskError && error.status === 404) return undefined;
    throw error;
  }
}

interface EarlyRequester {
  id: number;
  answer: Promise<ZendeskUser | undefined>;
}

/**
 * The requester the webhook named is read in parallel with the ticket (one helpdesk round trip
 * less per ticket). The ticket stays the truth: when it names someone else (the requester was
 * changed since), that user is read instead and the early answer is dropped.
 */
async function requesterFor(api: ZendeskApi, ticket: ZendeskTicket, early: EarlyRequester | undefined): Promise<ZendeskUser | undefined> {
  if (early === undefined || early.id !== ticket.requester_id) return requesterUser(api, ticket.requester_id);
  return early.answer;
}

function hintedRequester(api: ZendeskApi, fallback: Partial<Ticket>): EarlyRequester | undefined {
  const hint = fallback.requester?.helpdeskUserId;
  if (hint === undefined || !/^\d{1,15}$/.test(hint)) return undefined;
  const id = Number(hint);
  const answer = requesterUser(api, id);
  // Marked handled: a dropped early answer must not surface as an unhandled rejection; an awaited one still throws.
  answer.catch(() => undefined);
  return { id, answer };
}

/** Reads ticket, latest comments and requester from Zendesk into the neutral Ticket. */
export async function hydrateZendeskTicket(api: ZendeskApi, ticketId: string, fallback: Partial<Ticket> = {}, options: ZendeskHydrateOptions = {}): Promise<Ticket> {
  const early = hintedRequester(api, fallback);
  const [{ data: ticket }, { data: comments }] = await Promise.all([api.showTicket(ticketId), api.listLatestComments(ticketId, options.commentLimit ?? 100)]);
  const user = await requesterFor(api, ticket, early);
  const text = customerText(ticket, comments);
  return {
    source: 'zendesk',
    id: String(ticket.id),
    channel: ticket.via?.channel != null ? String(ticket.via.channel) : (fallback.channel ?? 'unknown'),
    subject: ticket.subject ?? fallback.subject ?? '',
    text: text || fallback.text || '',
    requester: requesterIdentity(ticket, user, fallback.requester),
    tags: ticket.tags,
    updatedAt: ticket.updated_at ?? fallback.updatedAt,
    // The API is the truth here: null means "not set", not "unknown".
    status: ticket.status ?? undefined,
    priority: ticket.priority ?? undefined,
    existingNoteRefs: noteRefs(comments, options.botUserId),
    ...(user?.locale ? { locale: user.locale } : {}),
  };
}
