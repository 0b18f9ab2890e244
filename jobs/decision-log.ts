/**
 * The one info line the worker logs per recorded decision. Only ids and labels: never the
 * requester's email or name, the subject, the text or the note.
 */
import type { WriteBackOutcome } from '../src/audit/types';
import type { HelpdeskSource } from '../src/domain/ticket';
import type { Logger } from '../src/logging/logger';
import type { Decision } from '../src/triage/types';

export interface DecisionLogLine {
  source: HelpdeskSource;
  ticketId: string;
  /** Null when the job failed before a decision existed. */
  decision: Decision | null;
  outcome: WriteBackOutcome;
  outcomeDetail: string | null;
}

export function logDecision(log: Logger, line: DecisionLogLine): void {
  const { decision } = line;
  log.info(
    {
      source: line.source,
      ticketId: line.ticketId,
      intent: decision?.intent ?? null,
      riskLevel: decision ? (decision.risk.available === false ? 'unavailable' : decision.risk.level) : null,
      route: decision?.actions.route ?? null,
      outcome: line.outcome,
      ...(line.outcomeDetail ? { detail: line.outcomeDetail } : {}),
    },
    'decision recorded',
  );
}
