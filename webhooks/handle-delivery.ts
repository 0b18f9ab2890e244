import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { AgentReply } from '../src/dashboard/sla';
import type { HelpdeskSource } from '../src/domain/ticket';
import { acceptEvent, type AcceptDeps } from './accept-event';
import type { RawBodyHandler } from './body-guards';
import { sendError, sendJson } from '../src/http/http-error';
import { MESSAGES } from './messages';
import { loopGuard } from './loop-guard';
import { agentTagChange, type TagChangeHook } from './tag-change-hook';
import type { IntakeCounters, Normalized, VendorReceiver } from './types';

export interface DeliveryDeps extends AcceptDeps {
  /** Records an agent's first reply for the SLA clock (absent: replies are acknowledged only). */
  recordAgentReply?: (reply: AgentReply) => Promise<void>;
  logger: Logger;
  counters: IntakeCounters;
  ownActorId: string | undefined;
  ownTags: ReadonlySet<string>;
  now: () => number;
  /** Learning: records labels from an agent's tag change (see tag-change-hook.ts). */
  onTagChange?: TagChangeHook;
}

export function describeIssues(error: z.ZodError): { message: string; fields: string[] } {
  const fields = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
  const details = error.issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  return { message: `the payload does not match the expected schema — ${details.join('; ')} (expected bodies: docs/webhooks.md)`, fields };
}

async function enqueueEvent(normalized: Extract<Normalized, { type: 'event' }>, deps: DeliveryDeps, log: Logger, res: Response): Promise<void> {
  const source = normalized.event.source;
  const change = deps.onTagChange ? agentTagChange(normalized, deps.ownActorId) : null;
  if (change && deps.onTagChange) {
    try {
      await deps.onTagChange(change);
    } catch (error) {
      deps.counters.onOutcome(source, 'unavailable');
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'webhook not handled: recording the agent labels failed');
      sendError(res, 503, 'labels_unavailable', 'could not record what this tag change teaches riskdesk; the helpdesk will retry', { headers: { 'Retry-After': '10' } });
      return;
    }
  }
  const guarded = loopGuard(normalized, deps.ownActorId, deps.ownTags);
  const ignored = guarded ?? (normalized.relevant || normalized.statusOnly ? null : 'not_relevant');
  if (normalized.agentReply && deps.recordAgentReply && !guarded) {
    try {
      await deps.recordAgentReply({ source, ticketId: normalized.event.ticketId, at: normalized.agentReply.at });
    } catch (error) {
      // Not stored: a non-2xx makes the helpdesk deliver it again.
      deps.counters.onOutcome(source, 'unavailable');
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'agent reply not recorded: database unavailable');
      sendError(res, 503, 'sla_unavailable', 'the agent reply could not be recorded: the helpdesk will deliver it again', { headers: { 'Retry-After': '10' } });
      return;
    }
  }
  if (ignored) {
    deps.counters.onOutcome(source, `ignored_${ignored}`);
    log.debug({ kind: normalized.event.kind, ignored }, 'webhook acknowledged, not queued');
    sendJson(res, 202, { accepted: true, ignored });
    return;
  }
  try {
    const result = await acceptEvent(normalized.event, deps, log, { statusOnly: normalized.statusOnly === true && !normalized.relevant });
    deps.counters.onOutcome(source, result.duplicate ? 'duplicate' : 'accepted');
    log.info({ kind: normalized.event.kind, ticketId: normalized.event.ticketId, jobId: result.jobId, duplicate: result.duplicate, crisis: result.crisis }, 'webhook accepted');
    sendJson(res, 202, result.duplicate ? { accepted: true, id: result.jobId, duplicate: true } : { accepted: true, id: result.jobId });
  } catch (error) {
    deps.counters.onOutcome(source, 'unavailable');
    log.error({ err: error }, 'webhook not stored: queue unavailable');
    sendError(res, 503, 'queue_unavailable', MESSAGES.unavailable, { headers: { 'Retry-After': '10' } });
  }
}

function respond(normalized: Normalized, source: HelpdeskSource, deps: DeliveryDeps, log: Logger, res: Response): Promise<void> | void {
  if (normalized.type === 'ping') {
    deps.counters.onOutcome(source, 'ping');
    sendJson(res, 200, { ok: true, ping: true });
    return;
  }
  if (normalized.type === 'ignored') {
    deps.counters.onOutcome(source, `ignored_${normalized.reason}`);
    sendJson(res, 202, { accepted: true, ignored: normalized.reason });
    return;
  }
  return enqueueEvent(normalized, deps, log.child({ deliveryId: normalized.event.deliveryId }), res);
}

/** verify (raw bytes) → JSON → schema → normalize → loop guard → dedupe → enqueue → 202. */
export function createDeliveryHandler<T>(receiver: VendorReceiver<T>, deps: DeliveryDeps): RawBodyHandler {
  const source = receiver.source;
  const baseLog = deps.logger.child({ source });
  return async (raw: Buffer, req: Request, res: Response) => {
    const nowMs = deps.now();
    const rejection = receiver.verify(raw, req.headers, nowMs);
    if (rejection) {
      deps.counters.onOutcome(source, 'rejected_signature');
      baseLog.warn({ code: rejection.code, ip: req.ip }, 'webhook refused: signature check failed');
      return sendError(res, 401, rejection.code, rejection.message);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      deps.counters.onOutcome(source, 'rejected_payload');
      baseLog.warn('webhook refused: body is not JSON');
      return sendError(res, 400, 'invalid_json', MESSAGES.invalidJson);
    }
    const parsed = receiver.parse(json);
    if (!parsed.success) {
      const { message, fields } = describeIssues(parsed.error);
      deps.counters.onOutcome(source, 'rejected_payload');
      baseLog.warn({ fields }, 'webhook refused: schema mismatch');
      sendError(res, 400, 'invalid_payload', message, { fields });
      return;
    }
    const normalized = receiver.normalize(parsed.data, req.headers, new Date(nowMs).toISOString());
    await respond(normalized, source, deps, baseLog, res);
  };
}
