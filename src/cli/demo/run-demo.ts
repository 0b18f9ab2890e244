/**
 * `riskdesk demo`: signed sample webhooks for the planted accounts go to the running service,
 * then the demo waits (bounded) for the worker's decisions and prints them.
 */
import type { Config } from '../../config/load-config';
import { listDemoAccounts } from '../../seed/demo-accounts';
import { EXIT } from '../command';
import { CliInputError, withDb, type CliIo } from '../cli-io';
import { signIntercom, signZendesk, type SampleTicket } from './payloads';
import { planDemoTickets, type PlannedTicket } from './plan';
import { decisionTable, nextSteps } from './report';
import { DemoError, latestDecision, postWebhook, waitUntilReady, type DemoDecision } from './service-client';

export interface DemoOptions {
  baseUrl: string;
  timeoutMs: number;
  /** How often the decisions API is asked again (default 500 ms). */
  pollMs?: number;
}

/** A service that was started a moment ago may still be connecting to Redis. */
const READY_WITHIN_MS = 15_000;

interface DemoSecrets {
  zendesk: string;
  intercom: string;
  admin: string;
}

function secretsOf(config: Config): DemoSecrets {
  const zendesk = config.ZENDESK_WEBHOOK_SECRET?.[0];
  const intercom = config.INTERCOM_CLIENT_SECRET?.[0];
  const admin = config.ADMIN_TOKEN;
  if (zendesk && intercom && admin) return { zendesk, intercom, admin };
  const missing = [zendesk ? null : 'ZENDESK_WEBHOOK_SECRET', intercom ? null : 'INTERCOM_CLIENT_SECRET', admin ? null : 'ADMIN_TOKEN'].filter(Boolean);
  const fix = config.DATABASE_URL
    ? 'set each to the value the service runs with'
    : `set each to the value the service runs with, or leave them unset for both: \`riskdesk start\` on the embedded database generates them into ${config.RISKDESK_DATA_DIR}/generated-secrets.json, which the demo reads (same RISKDESK_DATA_DIR)`;
  throw new CliInputError(`${missing.join(', ')} not set: the demo signs webhooks and reads decisions with them; ${fix}`);
}

function sampleOf(ticket: PlannedTicket, now: Date): SampleTicket {
  const deliveryId = ticket.source === 'zendesk' ? `demo-${ticket.ticketId}` : `notif_demo_${ticket.ticketId}`;
  const { email, handle, userId } = ticket.account;
  return { ticketId: ticket.ticketId, deliveryId, email, handle, userId, subject: ticket.subject, text: ticket.text, now };
}

async function send(baseUrl: string, plan: readonly PlannedTicket[], secrets: DemoSecrets): Promise<void> {
  for (const ticket of plan) {
    const sample = sampleOf(ticket, new Date());
    const delivery = ticket.source === 'zendesk' ? signZendesk(sample, secrets.zendesk) : signIntercom(sample, secrets.intercom);
    await postWebhook(baseUrl, ticket.source, delivery);
  }
}

/** Asks for every missing decision until all arrived or the time is up; reports progress on stderr. */
async function collect(io: CliIo, plan: readonly PlannedTicket[], secrets: DemoSecrets, options: DemoOptions): Promise<Map<string, DemoDecision>> {
  const found = new Map<string, DemoDecision>();
  const started = Date.now();
  let lastReport = 0;
  for (;;) {
    for (const ticket of plan.filter((t) => !found.has(t.ticketId))) {
      const decision = await latestDecision(options.baseUrl, secrets.admin, ticket.source, ticket.ticketId);
      if (decision) found.set(ticket.ticketId, decision);
    }
    const elapsed = Date.now() - started;
    const done = found.size === plan.length || elapsed >= options.timeoutMs;
    if (io.stderr.isTTY || done || elapsed - lastReport >= 5000) {
      lastReport = elapsed;
      const line = `waiting for decisions: ${found.size}/${plan.length} after ${Math.round(elapsed / 1000)} s (at most ${Math.round(options.timeoutMs / 1000)} s)`;
      io.stderr.write(io.stderr.isTTY ? `\r${line}${done ? '\n' : ''}` : `${line}\n`);
    }
    if (done) return found;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}

function problemsOf(plan: readonly PlannedTicket[], found: ReadonlyMap<string, DemoDecision>, timeoutMs: number): string[] {
  return plan.flatMap((t) => {
    const decision = found.get(t.ticketId);
    const what = `${t.source} ticket ${t.ticketId} (${t.label})`;
    if (!decision) return [`no decision for ${what} within ${Math.round(timeoutMs / 1000)} s: is the worker running? (\`riskdesk start\` runs one; \`riskdesk failed\` lists failed jobs)`];
    if (decision.outcome === 'failed') return [`the decision for ${what} failed: \`riskdesk decisions --show ${decision.id}\``];
    return [];
  });
}

export async function runDemo(io: CliIo, config: Config, options: DemoOptions): Promise<number> {
  const secrets = secretsOf(config);
  const accounts = await withDb(io, config, 'demo', (db) => listDemoAccounts(db));
  const plan = planDemoTickets(accounts, String(Date.now()));
  if (plan.length === 0) {
    throw new CliInputError('no demo accounts are recorded in this database: start riskdesk on an empty embedded database (it seeds the demo world), or run `riskdesk seed` (`riskdesk seed --reset` replaces the data already there)');
  }
  try {
    await waitUntilReady(options.baseUrl, Math.min(options.timeoutMs, READY_WITHIN_MS));
    io.stderr.write(`sending ${plan.length} signed sample webhooks to ${options.baseUrl}\n`);
    await send(options.baseUrl, plan, secrets);
    const found = await collect(io, plan, secrets, options);
    io.stdout.write(`${decisionTable(plan, found)}\n`);
    const crisis = plan.find((t) => t.label === 'crisis');
    const first = plan[0];
    const shown = (crisis && found.get(crisis.ticketId)) ?? (first && found.get(first.ticketId));
    const tokenFile = config.generatedSecrets?.names.includes('SIDEBAR_TOKEN') ? config.generatedSecrets.file : null;
    io.stdout.write(nextSteps({ baseUrl: options.baseUrl, decisionId: shown?.id, sidebarTicket: crisis ?? first, tokenFile }));
    const problems = problemsOf(plan, found, options.timeoutMs);
    for (const problem of problems) io.stderr.write(`riskdesk demo: ${problem}\n`);
    return problems.length === 0 ? EXIT.ok : EXIT.failure;
  } catch (error) {
    if (!(error instanceof DemoError)) throw error;
    io.stderr.write(`riskdesk demo: ${error.message}\n`);
    return EXIT.failure;
  }
}
