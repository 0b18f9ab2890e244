/** The running service, as `riskdesk demo` talks to it: readiness, signed webhooks, the decisions API. */
import { z } from 'zod';
import type { HelpdeskSource } from '../../domain/ticket';
import { WRITEBACK_OUTCOMES } from '../../audit/types';
import { WEBHOOK_PATHS } from '../../../webhooks/router';
import type { SignedDelivery } from './payloads';

/** Something outside the demo stops it (service down, a secret that does not match): exit 1 with this message. */
export class DemoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoError';
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

export const demoDecisionSchema = z.object({
  id: z.string(),
  source: z.string(),
  ticketId: z.string(),
  intent: z.string().nullable(),
  crisis: z.boolean(),
  score: z.number().nullable(),
  level: z.string().nullable(),
  reasonCodes: z.array(z.string()),
  actions: z.object({ tags: z.array(z.string()), priority: z.string(), route: z.string().nullable(), macros: z.array(z.string()) }).nullable(),
  outcome: z.enum(WRITEBACK_OUTCOMES),
  outcomeDetail: z.string().nullable(),
  failureStatus: z.number().nullable(),
  failureSummary: z.string().nullable(),
});
export type DemoDecision = z.infer<typeof demoDecisionSchema>;

const decisionsAnswer = z.object({ decisions: z.array(demoDecisionSchema) });
const errorAnswer = z.object({ error: z.union([z.string(), z.object({ code: z.string(), message: z.string() })]) });

const SECRET_NAMES: Record<HelpdeskSource, string> = { zendesk: 'ZENDESK_WEBHOOK_SECRET', intercom: 'INTERCOM_CLIENT_SECRET' };

async function request(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new DemoError(`no riskdesk service answers at ${new URL(url).origin} (${cause}): start it with \`riskdesk start\`, or pass --url`);
  }
}

async function errorText(response: Response): Promise<string> {
  const parsed = errorAnswer.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return `HTTP ${response.status}`;
  const { error } = parsed.data;
  return typeof error === 'string' ? error : `${error.code}: ${error.message}`;
}

/** Waits (bounded) while the service reports not ready, e.g. just started and still connecting to Redis. */
export async function waitUntilReady(baseUrl: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const response = await request(`${baseUrl}/readyz`);
    if (response.ok) return;
    if (Date.now() >= deadline) {
      throw new DemoError(`the service at ${baseUrl} is not ready (GET /readyz answered ${response.status}): check its log for Redis or database problems`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function postWebhook(baseUrl: string, source: HelpdeskSource, delivery: SignedDelivery): Promise<void> {
  const response = await request(`${baseUrl}${WEBHOOK_PATHS[source]}`, { method: 'POST', headers: delivery.headers, body: delivery.body });
  if (response.ok) return;
  const problem = await errorText(response);
  if (response.status === 404 || response.status === 401) {
    throw new DemoError(
      `the service refused the signed ${source} webhook (${problem}): run \`riskdesk demo\` with the ${SECRET_NAMES[source]} the service runs with (or, on the embedded database, with the same RISKDESK_DATA_DIR)`,
    );
  }
  throw new DemoError(`the service refused the ${source} webhook (HTTP ${response.status}, ${problem})`);
}

/** The newest decision for the ticket, or null while there is none. */
export async function latestDecision(baseUrl: string, adminToken: string, source: HelpdeskSource, ticketId: string): Promise<DemoDecision | null> {
  const query = new URLSearchParams({ source, ticket: ticketId, limit: '1' });
  const response = await request(`${baseUrl}/api/decisions?${query.toString()}`, { headers: { authorization: `Bearer ${adminToken}` } });
  if (response.status === 401) {
    throw new DemoError(`the decisions API refused the admin token (${await errorText(response)}): run \`riskdesk demo\` with the ADMIN_TOKEN the service runs with`);
  }
  if (!response.ok) throw new DemoError(`GET /api/decisions answered ${response.status} (${await errorText(response)})`);
  const parsed = decisionsAnswer.safeParse(await response.json());
  if (!parsed.success) throw new DemoError(`GET /api/decisions answered something unexpected (${parsed.error.issues[0]?.message ?? 'bad shape'}): is ${baseUrl} a riskdesk service?`);
  return parsed.data.decisions[0] ?? null;
}
