/**
 * Zendesk problem/incident linking: one problem ticket per incident (POST /tickets with an
 * Idempotency-Key, so a retried create returns the same ticket), then each member ticket becomes
 * type `incident` with its `problem_id` (PUT /tickets/{id}). Paced with the other writes.
 */
import { z } from 'zod';
import { nodeHttpFetch } from '../http-fetch';
import { pacedFetch } from '../paced-fetch';
import { zendeskBasicAuth, zendeskEndpoint, type ZendeskApiOptions } from '../zendesk/api';
import { sendJson, unexpectedShape } from './send-json';

export interface ProblemTicket {
  subject: string;
  body: string;
  tags: string[];
}

export interface ZendeskLinker {
  createProblem(incidentId: string, problem: ProblemTicket): Promise<string>;
  linkIncident(ticketId: string, problemId: string): Promise<void>;
}

export type ZendeskLinkerOptions = ZendeskApiOptions;

const createdSchema = z.object({ ticket: z.looseObject({ id: z.number().int().positive() }) });

export function createZendeskLinker(options: ZendeskLinkerOptions): ZendeskLinker {
  const base = zendeskEndpoint(options);
  const fetchFn = pacedFetch('zendesk', options.pacer, options.fetchImpl ?? nodeHttpFetch);
  const auth = { Authorization: zendeskBasicAuth(options) };
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async createProblem(incidentId, problem) {
      const ctx = { source: 'zendesk' as const, operation: 'create_problem', timeoutMs };
      const answer = await sendJson(fetchFn, ctx, `${base}/tickets`, 'POST', { ...auth, 'Idempotency-Key': `riskdesk-${incidentId}` }, {
        ticket: { type: 'problem', subject: problem.subject, comment: { body: problem.body, public: false }, tags: problem.tags },
      });
      const parsed = createdSchema.safeParse(answer.body);
      if (!parsed.success) throw unexpectedShape('zendesk', ctx.operation, answer.status);
      return String(parsed.data.ticket.id);
    },
    async linkIncident(ticketId, problemId) {
      if (!/^\d{1,20}$/.test(ticketId) || !/^\d{1,20}$/.test(problemId)) throw new Error(`zendesk link_incident: ticket ids must be numeric (${ticketId.slice(0, 30)}, ${problemId.slice(0, 30)})`);
      await sendJson(fetchFn, { source: 'zendesk', operation: 'link_incident', timeoutMs }, `${base}/tickets/${ticketId}`, 'PUT', auth, { ticket: { type: 'incident', problem_id: Number(problemId) } });
    },
  };
}
