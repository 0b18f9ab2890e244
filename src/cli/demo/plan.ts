/** Which sample tickets `riskdesk demo` sends: two per pattern (Zendesk and Intercom) and one crisis ticket. */
import type { HelpdeskSource } from '../../domain/ticket';
import { PATTERN_NAMES, type DemoAccount } from '../../seed/demo-accounts';
import type { PatternName } from '../../seed/patterns';
import { CRISIS_SCENARIO, SCENARIOS } from './scenarios';

export interface PlannedTicket {
  /** The pattern the requester's account carries, or `crisis`. */
  label: PatternName | 'crisis';
  source: HelpdeskSource;
  ticketId: string;
  account: DemoAccount;
  orderId: string;
  subject: string;
  text: string;
}

type AccountWithOrder = DemoAccount & { orderId: string };
const hasOrder = (account: DemoAccount): account is AccountWithOrder => account.orderId !== null;

/**
 * Ticket ids are `<runBase><nn>`: a run-specific base (the start time in ms) keeps them apart
 * from every earlier run's, so each run gets fresh decisions instead of "unchanged" ones.
 */
export function planDemoTickets(accounts: readonly DemoAccount[], runBase: string): PlannedTicket[] {
  const plan: Array<Omit<PlannedTicket, 'ticketId'>> = [];
  for (const pattern of PATTERN_NAMES) {
    const candidates = accounts.filter((a) => a.pattern === pattern).filter(hasOrder);
    const [first, second] = candidates;
    if (!first) continue;
    const { subject, text } = SCENARIOS[pattern];
    for (const [source, account] of [['zendesk', first], ['intercom', second ?? first]] as const) {
      plan.push({ label: pattern, source, account, orderId: account.orderId, subject, text: text(account.orderId) });
    }
  }
  // The crisis ticket comes from an ordinary customer: the crisis, not the account, is the point.
  const clean = accounts.filter((a) => a.pattern === 'clean_long_standing').filter(hasOrder);
  const writer = clean[clean.length - 1] ?? accounts.find(hasOrder);
  if (writer) {
    plan.push({ label: 'crisis', source: 'zendesk', account: writer, orderId: writer.orderId, subject: CRISIS_SCENARIO.subject, text: CRISIS_SCENARIO.text(writer.orderId) });
  }
  return plan.map((ticket, index) => ({ ...ticket, ticketId: `${runBase}${String(index).padStart(2, '0')}` }));
}
