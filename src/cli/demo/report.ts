/** What `riskdesk demo` prints: one line per ticket, then where to look next. */
import { alignColumns } from './columns';
import type { PlannedTicket } from './plan';
import type { DemoDecision } from './service-client';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the decision did, or would have done, to the ticket in the helpdesk. */
export function describeWrite(decision: DemoDecision): string {
  const { outcome, outcomeDetail, actions } = decision;
  if (outcome === 'failed') return `failed: ${decision.failureStatus ?? '-'} ${decision.failureSummary ?? ''}`.trim();
  if (outcome === 'unchanged') return 'unchanged: the same note is already on the ticket';
  if (outcome === 'written') return outcomeDetail ? `written (${outcomeDetail})` : 'written';
  if (outcomeDetail === 'would-skip-unchanged' || !actions) return 'shadow: nothing new to write';
  const parts = ['note', plural(actions.tags.length, 'tag'), `priority ${actions.priority}`];
  if (actions.route) parts.push('route');
  if (actions.macros.length > 0) parts.push(plural(actions.macros.length, 'macro'));
  return `shadow: ${parts.join(' + ')}`;
}

const COLUMNS = ['pattern', 'source', 'ticket', 'intent', 'risk', 'priority', 'route', 'would write', 'reasons'] as const;

function cells(ticket: PlannedTicket, decision: DemoDecision | undefined): string[] {
  if (!decision) return [ticket.label, ticket.source, ticket.ticketId, '-', '-', '-', '-', 'no decision arrived', '-'];
  return [
    ticket.label,
    ticket.source,
    ticket.ticketId,
    decision.intent ?? '-',
    decision.score === null ? '-' : `${decision.score}/${decision.level ?? '-'}`,
    decision.actions?.priority ?? '-',
    decision.actions?.route ?? '-',
    describeWrite(decision),
    decision.reasonCodes.length > 0 ? decision.reasonCodes.join(', ') : '-',
  ];
}

/** One aligned line per ticket under a header. */
export function decisionTable(tickets: readonly PlannedTicket[], decisions: ReadonlyMap<string, DemoDecision>): string {
  return alignColumns([[...COLUMNS], ...tickets.map((t) => cells(t, decisions.get(t.ticketId)))]);
}

export interface NextSteps {
  baseUrl: string;
  decisionId: string | undefined;
  sidebarTicket: PlannedTicket | undefined;
  /** Where the sidebar token is, when it was generated (null: the SIDEBAR_TOKEN the service runs with). */
  tokenFile: string | null;
}

export function nextSteps(next: NextSteps): string {
  const token = next.tokenFile ? `SIDEBAR_TOKEN from ${next.tokenFile}` : 'the SIDEBAR_TOKEN the service runs with';
  const rows: string[][] = [];
  if (next.decisionId) rows.push([`riskdesk decisions --show ${next.decisionId}`, 'one decision in full: reasons, fired rules, tags, route']);
  if (next.sidebarTicket) {
    const { source, ticketId } = next.sidebarTicket;
    rows.push([`${next.baseUrl}/api/context?source=${source}&ticket=${ticketId}`, `what the sidebar shows (Authorization: Bearer <${token}>)`]);
  }
  rows.push(['riskdesk demo accounts', 'every planted account, one of its orders, and what a ticket from it shows']);
  const table = alignColumns(rows)
    .split('\n')
    .map((line) => `  ${line}`);
  return `\nWhere to look next:\n${table.join('\n')}\n`;
}
