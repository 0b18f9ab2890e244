/**
 * Which alert a decision raises: crisis always (critical), crisis review when configured
 * (warning). The alert holds the ticket's link and the crisis category only.
 */
import type { HelpdeskSource } from '../domain/ticket';
import type { Decision } from '../triage/types';
import type { Alert } from './types';

export interface TicketLinks {
  /** Zendesk subdomain: links open the ticket in Zendesk's agent interface. */
  zendeskSubdomain?: string | undefined;
  /** Where the dashboard is reachable, for every other link (its decisions page, filtered to the ticket). */
  dashboardUrl: string;
}

export function ticketLink(links: TicketLinks, source: HelpdeskSource, ticketId: string): string {
  if (source === 'zendesk' && links.zendeskSubdomain) return `https://${links.zendeskSubdomain}.zendesk.com/agent/tickets/${encodeURIComponent(ticketId)}`;
  return `${links.dashboardUrl.replace(/\/+$/, '')}/dashboard/decisions?ticket=${encodeURIComponent(ticketId)}`;
}

/** A dedupe subject from source and ticket id (only characters job ids and dedup keys accept). */
export const ticketSubject = (source: HelpdeskSource, ticketId: string): string => `${source}-${ticketId.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100)}`;

export function alertForDecision(decision: Pick<Decision, 'crisis' | 'crisisReview' | 'crisisCategory'>, source: HelpdeskSource, ticketId: string, options: { includeReview: boolean; links: TicketLinks }): Alert | null {
  const kind = decision.crisis ? 'crisis' : decision.crisisReview && options.includeReview ? 'crisis_review' : null;
  if (!kind) return null;
  return {
    kind,
    subject: ticketSubject(source, ticketId),
    link: ticketLink(options.links, source, ticketId),
    category: decision.crisisCategory ?? null,
    severity: kind === 'crisis' ? 'critical' : 'warning',
  };
}
