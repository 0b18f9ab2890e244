/** The helpdesk vendor layer: typed errors, pacing hook, and one adapter per helpdesk. */
export * from './errors';
export { classifyHelpdeskFailure, VendorHttpFailure } from './classify';
export { parseRetryAfter, parseRateLimitReset, retryAfterMsFrom, DEFAULT_RETRY_AFTER_MS } from './retry-after';
export * from './types';
export { extractNoteRefs } from './ticket-text';
export { createZendeskApi, type ZendeskApi, type ZendeskApiOptions, type ZendeskTicketUpdate } from './zendesk/api';
export { hydrateZendeskTicket } from './zendesk/hydrate';
export { writeBackZendesk, type ZendeskWriteBackInput } from './zendesk/write-back';
export { createZendeskAdapter } from './zendesk/adapter';
export { createIntercomApi, type IntercomApi, type IntercomApiOptions } from './intercom/api';
export { hydrateIntercomConversation } from './intercom/hydrate';
export { writeBackIntercom, type IntercomWriteBackInput } from './intercom/write-back';
export { createIntercomAdapter } from './intercom/adapter';
export { riskFields, zendeskCustomFields, type RiskFieldConfig } from './risk-fields';
export { versionAcceptsPriority, versionSupportsMacros } from './intercom/version';
