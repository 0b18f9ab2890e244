/**
 * The risk lookup the CLI uses: one database (opened by the caller) and one risk configuration for
 * the whole run, a context per ticket. A failed lookup resolves to null (the decision still
 * happens) and is reported through `onError`, never thrown.
 */
import type { Ticket } from '../../domain/ticket';
import { buildRiskContext } from '../../risk/build-context';
import type { RiskConfig } from '../../risk/config';
import type { RiskContext } from '../../risk/types';
import type { Queryable } from '../../store/db';

export interface RiskSource {
  contextFor(ticket: Ticket): Promise<RiskContext | null>;
}

export type RiskErrorHandler = (ticket: Ticket, error: Error) => void;

export function createRiskSource(db: Queryable, riskConfig: RiskConfig, onError: RiskErrorHandler): RiskSource {
  return {
    async contextFor(ticket) {
      try {
        return await buildRiskContext(db, { requester: ticket.requester, subject: ticket.subject, text: ticket.text }, { config: riskConfig });
      } catch (error) {
        onError(ticket, error instanceof Error ? error : new Error(String(error)));
        return null;
      }
    },
  };
}
