import type { IRouter } from 'express';
import type { Logger } from 'pino';
import type { IntakeQueue } from '../jobs/intake-queue';
import type { HelpdeskSource } from '../src/domain/ticket';
import { webhookBodyHandler } from './body-guards';
import type { DeliveryDedupeStore } from './delivery-dedupe';
import { createDeliveryHandler, type DeliveryDeps } from './handle-delivery';
import { sendError } from '../src/http/http-error';
import { createIntercomReceiver } from './intercom/receiver';
import type { IntakeCounters, VendorReceiver } from './types';
import { createZendeskReceiver } from './zendesk/receiver';
import { NOOP_COUNTERS } from './types';
import type { TagChangeHook } from './tag-change-hook';
import { detectCrisis } from '../src/triage/crisis';
import type { CrisisResult } from '../src/triage/types';

export interface WebhookConfig {
  ZENDESK_WEBHOOK_SECRET?: string[];
  INTERCOM_CLIENT_SECRET?: string[];
  WEBHOOK_TOLERANCE_SECONDS: number;
  COALESCE_MS: number;
  ZENDESK_BOT_USER_ID?: string;
  INTERCOM_ADMIN_ID?: string;
}

export interface WebhookDeps {
  config: WebhookConfig;
  logger: Logger;
  queue: IntakeQueue;
  dedupe: DeliveryDedupeStore;
  jobDataKey: Buffer;
  isRedisReady: () => boolean;
  counters?: IntakeCounters;
  /** riskdesk's own tags besides the `riskdesk_` prefix (the rules file's tags). */
  ownTags?: ReadonlySet<string>;
  now?: () => number;
  /** Defaults to src/triage/crisis `detectCrisis`. */
  detectCrisis?: (text: string) => CrisisResult;
  /** Learning: labels from agents' tag changes (absent: not recorded). */
  onTagChange?: TagChangeHook;
  /** Records agents' first replies for the SLA clock (the dashboard); absent → acknowledged only. */
  recordAgentReply?: DeliveryDeps['recordAgentReply'];
}

export const WEBHOOK_PATHS: Record<HelpdeskSource, string> = { zendesk: '/webhooks/zendesk', intercom: '/webhooks/intercom' };
const SECRET_NAMES: Record<HelpdeskSource, string> = { zendesk: 'ZENDESK_WEBHOOK_SECRET', intercom: 'INTERCOM_CLIENT_SECRET' };

/** Receivers without a secret answer 404; say so once at start-up. */
export function warnAboutDisabledReceivers(config: WebhookConfig, logger: Logger): void {
  if (!config.ZENDESK_WEBHOOK_SECRET?.length) logger.warn(`${WEBHOOK_PATHS.zendesk} is disabled (answers 404): set ZENDESK_WEBHOOK_SECRET to the webhook signing secret`);
  if (!config.INTERCOM_CLIENT_SECRET?.length) logger.warn(`${WEBHOOK_PATHS.intercom} is disabled (answers 404): set INTERCOM_CLIENT_SECRET to the app client secret`);
}

function mountReceiver<T>(router: IRouter, receiver: VendorReceiver<T>, deps: DeliveryDeps): void {
  const path = WEBHOOK_PATHS[receiver.source];
  if (receiver.secrets.length === 0) {
    router.all(path, (_req, res) => {
      deps.counters.onOutcome(receiver.source, 'receiver_disabled');
      sendError(res, 404, 'receiver_disabled', `this receiver is not configured: set ${SECRET_NAMES[receiver.source]} and restart`);
    });
    return;
  }
  router.post(path, webhookBodyHandler(receiver.source, deps.counters, createDeliveryHandler(receiver, deps)));
  router.all(path, (_req, res) => sendError(res, 405, 'method_not_allowed', `use POST on ${path}`, { headers: { Allow: 'POST' } }));
}

/**
 * Registers both receivers directly on `router` (the Express app in production): a nested
 * Router would add its own dispatch to every webhook request.
 */
export function mountWebhookRoutes(router: IRouter, deps: WebhookDeps): void {
  const { config } = deps;
  const common = {
    logger: deps.logger,
    counters: deps.counters ?? NOOP_COUNTERS,
    ownTags: deps.ownTags ?? new Set<string>(),
    now: deps.now ?? Date.now,
    queue: deps.queue,
    dedupe: deps.dedupe,
    jobDataKey: deps.jobDataKey,
    coalesceMs: config.COALESCE_MS,
    isRedisReady: deps.isRedisReady,
    enqueueTimeoutMs: 1500,
    detectCrisis: deps.detectCrisis ?? detectCrisis,
    onTagChange: deps.onTagChange,
    recordAgentReply: deps.recordAgentReply,
  };
  const zendesk = createZendeskReceiver({ secrets: config.ZENDESK_WEBHOOK_SECRET ?? [], toleranceSeconds: config.WEBHOOK_TOLERANCE_SECONDS });
  const intercom = createIntercomReceiver({ secrets: config.INTERCOM_CLIENT_SECRET ?? [] });
  mountReceiver(router, zendesk, { ...common, ownActorId: config.ZENDESK_BOT_USER_ID });
  mountReceiver(router, intercom, { ...common, ownActorId: config.INTERCOM_ADMIN_ID });
}
