/**
 * The replay behind `riskdesk backtest`: every ticket gets one risk lookup and is decided with
 * the rules under test and, optionally, with the rules to compare against.
 */
import type { Readable } from 'node:stream';
import { decide, type DecideOptions } from '../decide';
import type { Rules } from '../rules/types';
import { diffDecisions, emptySummary, formatDiffs, formatSummary, tally, type BacktestSummary, type DecisionDiff } from './backtest';
import { mapOrdered } from './map-ordered';
import { readTickets } from './read-tickets';
import type { ContextLookup } from './run-triage';

export interface BacktestDeps {
  rules: Rules;
  against?: Rules;
  contextFor: ContextLookup;
  concurrency?: number;
  decideOptions?: DecideOptions;
  /** Decide the `against` side with these (e.g. the live model) — alone, it compares models under the same rules. */
  againstDecideOptions?: DecideOptions;
  /** Called after each ticket (progress bars). */
  onTicket?: () => void;
}

export interface BacktestResult {
  rules: { file: string; version: string; summary: BacktestSummary };
  against: { file: string; version: string; summary: BacktestSummary } | null;
  /** Tickets whose decision differs between the two files, in input order. */
  diffs: DecisionDiff[];
}

export async function runBacktest(input: Readable, deps: BacktestDeps): Promise<BacktestResult> {
  const summary = emptySummary();
  const against = deps.against ?? (deps.againstDecideOptions ? deps.rules : undefined);
  const againstSummary = against ? emptySummary() : null;
  const diffs: DecisionDiff[] = [];
  const results = mapOrdered(readTickets(input), deps.concurrency ?? 8, async (record) => ({ record, context: await deps.contextFor(record.ticket) }));
  for await (const { record, context } of results) {
    const decision = decide(record.ticket, context, deps.rules, deps.decideOptions);
    tally(summary, decision);
    if (against && againstSummary) {
      const before = decide(record.ticket, context, against, deps.againstDecideOptions ?? deps.decideOptions);
      tally(againstSummary, before);
      const changes = diffDecisions(before, decision);
      if (changes.length > 0) diffs.push({ ticket: { source: record.ticket.source, id: record.ticket.id, line: record.line }, changes });
    }
    deps.onTicket?.();
  }
  return {
    rules: { file: deps.rules.file, version: deps.rules.version, summary },
    against: against && againstSummary ? { file: against.file, version: against.version, summary: againstSummary } : null,
    diffs,
  };
}

/** The human-readable report `riskdesk backtest` prints. */
export function formatBacktest(result: BacktestResult): string {
  const parts = [formatSummary(result.rules.summary, `Rules ${result.rules.file} (version ${result.rules.version})`)];
  if (result.against) {
    parts.push(formatSummary(result.against.summary, `Against ${result.against.file} (version ${result.against.version})`));
    parts.push(formatDiffs(result.diffs));
  }
  return `${parts.join('\n\n')}\n`;
}
