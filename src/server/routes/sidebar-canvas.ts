/**
 * Intercom Canvas Kit inbox app: `POST /sidebar/intercom/initialize` and `/submit`. Requests are
 * verified on their raw bytes (`X-Body-Signature` = hex HMAC-SHA256 with INTERCOM_CLIENT_SECRET,
 * two secrets during a rotation). Once verified, every answer is a 200 canvas: an unknown
 * conversation or any internal failure renders an error canvas, never a 500. The request's own
 * conversation and contact let a conversation riskdesk has never seen be decided on the spot
 * when the Intercom API cannot be read (no credentials).
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Ticket } from '../../domain/ticket';
import { conversationTicket } from '../../helpdesk/intercom/conversation-ticket';
import { sendError } from '../../http/http-error';
import type { Logger } from '../../logging/logger';
import { matchesAnySecret } from '../../security/hmac';
import { renderCanvas, renderErrorCanvas } from '../../sidebar/canvas/render';
import {
  canvasResponseSchema,
  initializeRequestSchema,
  submitRequestSchema,
  type CanvasResponse,
  type InitializeRequest,
  type SubmitRequest,
} from '../../sidebar/canvas/schemas';
import type { LoadView } from '../../sidebar/view-loader';
import type { CanvasFeedback } from '../../learning/canvas/canvas-feedback';

export interface SidebarCanvasRouterDeps {
  /** INTERCOM_CLIENT_SECRET (one, or two during a rotation); unset → 503 saying how to configure it. */
  secrets: readonly string[] | undefined;
  loadView: LoadView;
  logger: Logger;
  /** Learning's "Teach riskdesk" section (src/learning/canvas); absent: the canvas has none. */
  feedback?: CanvasFeedback;
}

type Kind = 'initialize' | 'submit';

export function conversationIdOf(request: InitializeRequest): string | null {
  return request.context?.conversation_id ?? request.conversation?.id ?? null;
}

/**
 * The conversation as the signed request shows it (requester from `contact`, text from the
 * conversation's source and customer parts); undefined when it names neither a customer the
 * marketplace could match nor a message.
 */
export function ticketFromRequest(request: InitializeRequest, conversationId: string): Ticket | undefined {
  const conversation = request.conversation?.id === undefined || request.conversation.id === conversationId ? request.conversation : undefined;
  const ticket = conversationTicket(conversationId, conversation ?? {}, request.contact);
  // Only what the marketplace can match (email, external id) or a message triage can read counts.
  const identified = Boolean(ticket.requester.email || ticket.requester.externalId);
  return identified || ticket.text || ticket.subject ? ticket : undefined;
}

async function answer(kind: Kind, raw: Buffer, deps: SidebarCanvasRouterDeps): Promise<CanvasResponse> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return renderErrorCanvas('riskdesk could not read this request (malformed JSON).');
  }
  const parsed = (kind === 'initialize' ? initializeRequestSchema : submitRequestSchema).safeParse(json);
  if (!parsed.success) return renderErrorCanvas('riskdesk could not read this request: unexpected Canvas Kit payload.');
  const conversationId = conversationIdOf(parsed.data);
  if (!conversationId) return renderErrorCanvas('Open riskdesk from a conversation: no conversation id in this request.');
  const submit: SubmitRequest | null = kind === 'submit' ? parsed.data : null;
  const decorate = deps.feedback ? await deps.feedback(submit, conversationId) : null;
  const view = await deps.loadView('intercom', conversationId, ticketFromRequest(parsed.data, conversationId));
  if (!view) return renderErrorCanvas(`riskdesk has no context for conversation ${conversationId} yet. Try Refresh in a minute.`);
  const canvas = decorate ? decorate(view, (maxBytes) => renderCanvas(view, maxBytes)) : renderCanvas(view);
  // The renderer is ours, but a canvas Intercom rejects shows a blank card: check before sending.
  return canvasResponseSchema.safeParse(canvas).success ? canvas : renderErrorCanvas('riskdesk built an invalid canvas; the error was logged.');
}

/** The raw bytes; an empty request leaves no body at all. Null when a JSON parser consumed it. */
function rawBody(body: unknown): Buffer | null {
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0)) return Buffer.alloc(0);
  return null;
}

function handler(kind: Kind, deps: SidebarCanvasRouterDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const secrets = deps.secrets ?? [];
    if (secrets.length === 0) {
      sendError(res, 503, 'not_configured', 'Intercom canvas app not configured: set INTERCOM_CLIENT_SECRET and restart');
      return;
    }
    const raw = rawBody(req.body);
    if (!raw) {
      deps.logger.error('sidebar canvas: raw body unavailable; mount the canvas router before any JSON body parser');
      sendError(res, 401, 'signature_unverifiable', 'the signature cannot be verified on this server (raw body unavailable): see the server log');
      return;
    }
    const signature = (req.get('x-body-signature') ?? '').trim().toLowerCase();
    if (!signature || !matchesAnySecret(secrets, signature, 'sha256', [raw], 'hex')) {
      sendError(res, 401, 'invalid_signature', 'missing or invalid X-Body-Signature: check INTERCOM_CLIENT_SECRET against the app’s client secret');
      return;
    }
    let canvas: CanvasResponse;
    try {
      canvas = await answer(kind, raw, deps);
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error), kind }, 'sidebar canvas failed');
      canvas = renderErrorCanvas('riskdesk could not load this conversation’s context right now. Try Refresh.');
    }
    res.status(200).json(canvas);
  };
}

/** Body-parser failures (too large, bad encoding) answer their own 4xx instead of reaching a generic 500. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : NaN;
  if (status >= 400 && status < 500) {
    if (status === 413) sendError(res, 413, 'payload_too_large', 'the request body is larger than 256 KiB: Canvas Kit requests are far smaller');
    else sendError(res, status, 'unreadable_body', 'the request body could not be read: send it again');
    return;
  }
  next(err);
}

export function createSidebarCanvasRouter(deps: SidebarCanvasRouterDeps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: '256kb' });
  router.post('/sidebar/intercom/initialize', raw, handler('initialize', deps));
  router.post('/sidebar/intercom/submit', raw, handler('submit', deps));
  router.use('/sidebar/intercom', bodyErrors);
  return router;
}
