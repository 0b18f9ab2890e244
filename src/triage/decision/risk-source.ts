/**
 * The risk lookup the CLI uses: one database and one risk configuration for the whole run, a
 * context per ticket. A failed lookup resolves to null (the decision still happens) and is
 * reported through `onError`, never thrown.
 */
import type { Config } from '../../config/load-config';
import type { Ticket } from '../../domain/ticket';
import { buildRiskContext } from '../../risk/build-context';
import { DEFAULT_RISK_CONFIG_FILE, loadRiskConfig } from '../../risk/config';
import type { RiskContext } from '../../risk/types';
import { openConfiguredDb } from '../../store/open-configured';

export interface RiskSource {
  contextFor(ticket: Ticket): Promise<RiskContext | null>;
  close(): Promise<void>;
}

export type RiskErrorHandler = (ticket: Ticket, error: Error) => void;

export async function openRiskSource(config: Config, onError: RiskErrorHandler): Promise<RiskSource> {
  const riskConfig = loadRiskConfig(config.RISK_CONFIG_FILE ?? DEFAULT_RISK_CONFIG_FILE);
  const db = await openConfiguredDb(config);
  return {
    async contextFor(ticket) {
      try {
        return await buildRiskContext(db, { requester: ticket.requester, subject: ticket.subject, text: ticket.text }, { config: riskConfig });
      } catch (error) {
        onError(ticket, error instanceof Error ? error : new Error(String(error)));
        return null;
      }
    },
    close: () => db.close(),
  };
}
