/**
 * Backtest arithmetic: tally decisions, and compare two rule files' decisions on the same ticket.
 * Pure functions; the CLI does the reading and printing.
 */
import type { Ticket } from '../../domain/ticket';
import type { Decision } from '../types';

export type Counts = Record<string, number>;

export interface BacktestSummary {
  tickets: number;
  crisis: number;
  riskUnavailable: number;
  byIntent: Counts;
  byRoute: Counts;
  byPriority: Counts;
  byLevel: Counts;
  byRule: Counts;
}

export function emptySummary(): BacktestSummary {
  return { tickets: 0, crisis: 0, riskUnavailable: 0, byIntent: {}, byRoute: {}, byPriority: {}, byLevel: {}, byRule: {} };
}

const bump = (counts: Counts, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function tally(summary: BacktestSummary, decision: Decision): void {
  summary.tickets += 1;
  if (decision.crisis) summary.crisis += 1;
  if (decision.risk.available === false) summary.riskUnavailable += 1;
  bump(summary.byIntent, decision.intent);
  bump(summary.byRoute, decision.actions.route ?? '(none)');
  bump(summary.byPriority, decision.actions.priority);
  bump(summary.byLevel, decision.risk.available === false ? 'unavailable' : decision.risk.level);
  for (const id of decision.rules.fired) bump(summary.byRule, id);
}

export interface DecisionDiff {
  ticket: { source: Ticket['source']; id: string; line: number };
  /** Human-readable changes, e.g. `route: payments → fraud_investigations`. */
  changes: string[];
}

function listChange(label: string, before: readonly string[], after: readonly string[]): string | null {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (added.length === 0 && removed.length === 0) return null;
  return `${label}: ${[...added.map((x) => `+${x}`), ...removed.map((x) => `-${x}`)].join(' ')}`;
}

const scalar = (label: string, before: unknown, after: unknown): string | null =>
  before === after ? null : `${label}: ${String(before)} → ${String(after)}`;

/** What changes from `before` (the --against rules) to `after` (the --rules rules). */
export function diffDecisions(before: Decision, after: Decision): string[] {
  const a = before.actions;
  const b = after.actions;
  return [
    scalar('route', a.route, b.route),
    scalar('priority', a.priority, b.priority),
    scalar('slaMinutes', a.slaMinutes, b.slaMinutes),
    listChange('tags', a.tags, b.tags),
    listChange('macros', a.macros, b.macros),
    listChange('nextSteps', a.nextSteps, b.nextSteps),
    listChange('noteSections', a.noteSections, b.noteSections),
    listChange('fired', before.rules.fired, after.rules.fired),
  ].filter((change): change is string => change !== null);
}

function table(title: string, counts: Counts, total: number): string {
  const rows = Object.entries(counts).sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1));
  const width = Math.max(8, ...rows.map(([key]) => key.length));
  const lines = rows.map(([key, n]) => `  ${key.padEnd(width)} ${String(n).padStart(6)}  ${(total > 0 ? ((100 * n) / total).toFixed(1) : '0.0').padStart(5)}%`);
  return [`${title}:`, ...(lines.length > 0 ? lines : ['  (none)'])].join('\n');
}

export function formatSummary(summary: BacktestSummary, label: string): string {
  const t = summary.tickets;
  return [
    `${label}: ${t} tickets, ${summary.crisis} crisis, ${summary.riskUnavailable} without risk data`,
    table('By intent', summary.byIntent, t),
    table('By route', summary.byRoute, t),
    table('By priority', summary.byPriority, t),
    table('By risk level', summary.byLevel, t),
    table('Rules fired', summary.byRule, t),
  ].join('\n');
}

export function formatDiffs(diffs: DecisionDiff[]): string {
  if (diffs.length === 0) return 'No ticket decides differently.';
  const lines = diffs.map((d) => `  line ${d.ticket.line} ${d.ticket.source}:${d.ticket.id}\n    ${d.changes.join('\n    ')}`);
  return [`${diffs.length} ticket(s) decide differently (--against → --rules):`, ...lines].join('\n');
}
