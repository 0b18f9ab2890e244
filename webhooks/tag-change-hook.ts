/**
 * Agents teach riskdesk by retagging: a tag change made by a person (never by riskdesk's own
 * user/admin) is handed to the learning hook BEFORE the loop guard, which would otherwise drop a
 * change to riskdesk's own tags unseen. Without ZENDESK_BOT_USER_ID / INTERCOM_ADMIN_ID riskdesk
 * cannot tell its own changes from an agent's, so nothing is handed over.
 */
import type { HelpdeskSource } from '../src/domain/ticket';
import type { Normalized } from './types';

export interface AgentTagChange {
  source: HelpdeskSource;
  ticketId: string;
  /** The helpdesk user or admin id of the agent. */
  agent: string;
  added: string[];
  removed: string[];
}

/** Records what the change means; a rejection makes intake answer 503 so the helpdesk retries. */
export type TagChangeHook = (change: AgentTagChange) => Promise<void>;

export function agentTagChange(normalized: Extract<Normalized, { type: 'event' }>, ownActorId: string | undefined): AgentTagChange | null {
  const change = normalized.tagChange;
  if (!change || !ownActorId) return null;
  if (normalized.actorIds.includes(ownActorId)) return null;
  const agent = normalized.actorIds[0];
  if (!agent || normalized.event.actor.type === 'customer') return null;
  if (change.added.length === 0 && change.removed.length === 0) return null;
  return { source: normalized.event.source, ticketId: normalized.event.ticketId, agent, added: [...change.added], removed: [...change.removed] };
}
