/** `riskdesk demo accounts`: the planted accounts, one of their orders, and what a ticket from them shows. */
import type { DemoAccount } from '../../seed/demo-accounts';
import { alignColumns } from './columns';
import { describeExpectation, SCENARIOS } from './scenarios';

export function accountsJson(accounts: readonly DemoAccount[]): string {
  const rows = accounts.map((a) => ({ ...a, expectedReasons: SCENARIOS[a.pattern].expectedReasons, level: SCENARIOS[a.pattern].level }));
  return `${JSON.stringify({ accounts: rows }, null, 2)}\n`;
}

export function accountsTable(accounts: readonly DemoAccount[]): string {
  const header = ['pattern', 'email', 'handle', 'order', 'a ticket from them shows'];
  return `${alignColumns([header, ...accounts.map((a) => [a.pattern, a.email, `@${a.handle}`, a.orderId ?? '-', describeExpectation(a.pattern)])])}\n`;
}
