/**
 * Wires the risk library into the worker: the context builder the pipeline calls (risk config
 * read once at start-up), and the demo seed for a fresh embedded database.
 */
import type { Config } from '../config/load-config';
import type { Ticket } from '../domain/ticket';
import type { Logger } from '../logging/logger';
import { buildRiskContext } from '../risk/build-context';
import { loadRiskConfig } from '../risk/config';
import type { RiskContext } from '../risk/types';
import { ensureDemoData } from '../seed/ensure-demo';
import type { Db } from '../store/db';

export async function createRiskContextBuilder(config: Config, db: Db): Promise<(ticket: Ticket) => Promise<RiskContext>> {
  const riskConfig = config.RISK_CONFIG_FILE ? loadRiskConfig(config.RISK_CONFIG_FILE) : loadRiskConfig();
  return (ticket) => buildRiskContext(db, { requester: ticket.requester, subject: ticket.subject, text: ticket.text }, { config: riskConfig });
}

/** A fresh embedded database gets the demo world (ensureDemoData never touches PostgreSQL). */
export async function seedDemoData(db: Db, logger: Logger): Promise<void> {
  await ensureDemoData(db, logger);
}
