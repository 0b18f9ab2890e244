import { z } from 'zod';
import { nonNegativeInt, oneOf, optionalOneOf, optionalString, port, positiveInt, secretList, text, token, url } from './fields';

/**
 * Every environment variable riskdesk reads, in one schema. Each field states its constraint
 * (fields.ts) and its meaning (`describe`); docs/configuration.md is generated from both
 * (`npm run docs:config`) and a test keeps it in step. Names whose value is secret are listed in
 * SECRET_ENV_NAMES so errors never echo them.
 */
export const envSchema = z.object({
  // Process
  PORT: port(3000).describe('TCP port of the HTTP server (webhooks, health, metrics, APIs, sidebars); `0` picks a free one'),
  HOST: text('0.0.0.0', 'an address or host name').describe('address the HTTP server listens on'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info').describe('pino log level; every log line is one JSON object'),
  REDIS_URL: url('redis://127.0.0.1:6379').describe('Redis 6.2+ (`maxmemory-policy noeviction`) for the queue, delivery dedupe, request pacing and ticket locks'),
  QUEUE_PREFIX: z
    .preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]+$/).default('riskdesk'))
    .meta({ constraint: 'letters, digits, `_` and `-`' })
    .describe('prefix of every Redis key riskdesk uses (queue, pacer schedules, ticket locks)'),

  // Intake
  WEBHOOK_TOLERANCE_SECONDS: positiveInt(300).describe('accepted clock difference, in seconds, on the timestamp of a Zendesk webhook or marketplace feed signature'),
  COALESCE_MS: nonNegativeInt(2000).describe('events for one ticket within this many milliseconds become one job; `0` disables coalescing'),
  ZENDESK_WEBHOOK_SECRET: secretList().describe('Zendesk webhook signing secret; unset → the Zendesk receiver answers 404'),
  INTERCOM_CLIENT_SECRET: secretList().describe('the Intercom app’s client secret (webhook and Canvas Kit signatures); unset → the Intercom receiver answers 404 and the canvas 503'),
  MARKETPLACE_FEED_SECRET: secretList().describe('signing secret of the marketplace feed (`POST /api/marketplace/events`, docs/feed.md); unset → the feed answers 404'),
  ZENDESK_BOT_USER_ID: optionalString('a Zendesk user id').describe('the Zendesk user riskdesk writes as (loop guard; only its internal notes count as riskdesk’s earlier notes)'),
  INTERCOM_ADMIN_ID: optionalString('an Intercom admin id; required with INTERCOM_ACCESS_TOKEN').describe('the Intercom admin riskdesk writes as (loop guard; author of notes, tags and assignments)'),
  JOB_DATA_KEY: optionalString('32 random bytes: 64 hex characters or base64 (`openssl rand -base64 32`)').describe(
    'key sealing PII in job data; unset → a key file in RISKDESK_DATA_DIR, which only works when server and workers share that directory: set the same value on every machine otherwise',
  ),

  // Risk store
  DATABASE_URL: url().describe('PostgreSQL for the marketplace data, audit trail and note memory; unset → the embedded database (PGlite) in RISKDESK_DATA_DIR'),
  RISKDESK_DATA_DIR: text('./.riskdesk', 'a directory path').describe('embedded database directory (one process at a time) and the job-data key file'),
  RISK_CONFIG_FILE: optionalString('a file path').describe('risk weights and thresholds; unset → config/risk.yaml'),
  AUTO_SEED: oneOf(['true', 'false'], 'true')
    .transform((v) => v === 'true')
    .describe('seed a demo marketplace into an empty embedded database at start-up (never into PostgreSQL)'),

  // Triage
  RULES_FILE: text('config/rules.yaml', 'a file path').describe('the T&S lead’s rules file (tags, priority, routing, macros, SLA)'),
  HELPLINES_FILE: text('config/helplines.yaml', 'a file path').describe('crisis helplines by country shown in crisis notes, review banners and sidebars (docs/helplines.md); an invalid file stops start-up'),

  // Crisis second opinion (docs/crisis-provider.md)
  CRISIS_PROVIDER: oneOf(['none', 'openai-moderation', 'chat'], 'none').describe(
    'optional second opinion on crisis detection from a model service, asked by the worker beside the local detector, which it can only raise (never lower); `openai-moderation` needs OPENAI_API_KEY, `chat` needs LLM_BASE_URL and LLM_MODEL. Privacy: the ticket’s subject and text (emails, phone and card-like numbers masked, length bounded) are sent to that service — point `chat` at a self-hosted server to keep text in-house',
  ),
  CRISIS_PROVIDER_TIMEOUT_MS: positiveInt(3000).describe('longest wait, in milliseconds, for the crisis provider’s answer; past it the local verdict stands and the ticket goes on'),
  OPENAI_API_KEY: optionalString('an OpenAI API key; required with CRISIS_PROVIDER=openai-moderation').describe(
    'key for the OpenAI moderation endpoint (`CRISIS_PROVIDER=openai-moderation`). Privacy: masked ticket text is sent to OpenAI',
  ),
  OPENAI_BASE_URL: url('https://api.openai.com/v1').describe('base URL of the moderation API (`/moderations` is appended; `/v1` added when missing), e.g. a proxy'),
  LLM_BASE_URL: url().describe(
    'OpenAI-compatible chat server for `CRISIS_PROVIDER=chat` (`/chat/completions` is appended; `/v1` added when missing): OpenAI, Azure OpenAI (`https://{resource}.openai.azure.com/openai/v1`), or in-house vLLM, Ollama (`http://127.0.0.1:11434/v1`), llama.cpp. Privacy: masked ticket text is sent there; a self-hosted server keeps it in-house',
  ),
  LLM_MODEL: optionalString('a model name (Azure: the deployment name); required with CRISIS_PROVIDER=chat').describe('model the chat server runs for the crisis second opinion'),
  LLM_API_KEY: optionalString('an API key, if the chat server wants one').describe('sent as `Authorization: Bearer …` (Azure: `api-key`) to LLM_BASE_URL; unset → no credentials sent (local servers)'),
  INCIDENTS_FILE: optionalString('a file path').describe('incident settings (minTickets, windowHours, intents, severity, spikes); unset → config/incidents.yaml'),
  INCIDENT_LINKING: oneOf(['on', 'off'], 'off').describe('`on`: link incident tickets natively — a Zendesk problem ticket with its incidents, an Intercom tracker ticket with its conversations'),
  INTERCOM_TRACKER_TICKET_TYPE_ID: optionalString('an Intercom ticket type id of category Tracker').describe('the ticket type of the trackers riskdesk creates for incidents (INCIDENT_LINKING=on); unset → no Intercom trackers'),

  // Helpdesk API clients and write-back
  ZENDESK_SUBDOMAIN: optionalString('a Zendesk subdomain; set with ZENDESK_EMAIL and ZENDESK_API_TOKEN').describe('Zendesk account (`{subdomain}.zendesk.com`) for hydration and live write-back'),
  ZENDESK_EMAIL: optionalString('an email; set with ZENDESK_API_TOKEN').describe('the Zendesk agent the API token belongs to'),
  ZENDESK_API_TOKEN: optionalString('set with ZENDESK_EMAIL and ZENDESK_SUBDOMAIN (or ZENDESK_API_URL)').describe('Zendesk API token; enables hydration and live write-back'),
  ZENDESK_API_URL: url().describe('Zendesk base URL override (proxies, tests); `/api/v2` is appended when missing; unset → `https://{subdomain}.zendesk.com`'),
  ZENDESK_MAX_RPM: positiveInt(400).describe('Zendesk requests per minute, shared by every worker'),
  ZENDESK_FIELD_RISK_SCORE: optionalString('a numeric ticket-field id').describe('ticket field that receives the risk score; unset → not sent'),
  ZENDESK_FIELD_RISK_LEVEL: optionalString('a numeric ticket-field id').describe('ticket field that receives the risk level; unset → not sent'),
  INTERCOM_ACCESS_TOKEN: optionalString('needs INTERCOM_ADMIN_ID').describe('Intercom API access token; enables hydration and live write-back'),
  INTERCOM_API_URL: url().describe('Intercom base URL (EU `https://api.eu.intercom.io`, AU, tests); unset → `https://api.intercom.io`'),
  INTERCOM_ATTRIBUTE_RISK_SCORE: optionalString('a conversation data attribute name').describe('conversation attribute (create it in Intercom first) that receives the risk score; unset → not sent'),
  INTERCOM_ATTRIBUTE_RISK_LEVEL: optionalString('a conversation data attribute name').describe('conversation attribute that receives the risk level; unset → not sent'),
  INTERCOM_API_VERSION: text('2.14', 'an Intercom API version, e.g. `2.14`, `2.15`, `Unstable`').describe('sent as `Intercom-Version`; `Unstable` also sets conversation priority, 2.15+ enables macros'),
  INTERCOM_MAX_RPM: positiveInt(5000).describe('Intercom requests per minute, shared by every worker'),
  WRITEBACK_MODE: optionalOneOf(['live', 'shadow']).describe(
    '`shadow`: decide and record everything, write nothing back; unset → `live` when helpdesk credentials are set, else `shadow`; `live` needs credentials',
  ),
  WORKER_CONCURRENCY: positiveInt(8).describe('jobs in flight per worker process'),
  JOB_ATTEMPTS: positiveInt(8).describe('attempts per job for transient failures (exponential backoff from 2 s, 50 % jitter)'),

  // Read APIs
  ADMIN_TOKEN: optionalString('any text; use a long random value').describe('bearer token for `GET /api/decisions`; unset → the API answers 401'),
  SIDEBAR_TOKEN: optionalString('any text; use a long random value').describe('read-only bearer token for `GET /api/context` (the sidebar apps); unset → 503'),
  SIDEBAR_RATE_LIMIT_PER_MIN: positiveInt(120).describe('context API requests per minute per token'),
  LABEL_RETENTION_DAYS: positiveInt(365).describe('days the masked ticket text of an agent label is kept (the label itself stays); see docs/learning.md'),
  MODEL_POLL_SECONDS: z
    .preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(60).default(30))
    .meta({ constraint: 'integer 1–60' })
    .describe('how often every process re-reads the live-model pointer and the label memory'),
  METRICS_TOKEN: token(16).describe('bearer token `GET /metrics` then requires (compared in constant time); unset → `/metrics` is open: keep it on a private network'),

  // Dashboard and alerts
  DASHBOARD_URL: url().describe('where people reach riskdesk (e.g. `https://riskdesk.example.com`), for the links in alerts; unset → `http://localhost:{PORT}`'),
  ALERT_SLACK_WEBHOOK_URL: url().describe('Slack incoming webhook that receives crisis and SLA-breach alerts; unset → no Slack alerts'),
  ALERT_PAGERDUTY_ROUTING_KEY: optionalString('a PagerDuty Events API v2 integration key (32 characters)').describe('PagerDuty service integration key for crisis and SLA-breach alerts; unset → no PagerDuty alerts'),
  ALERT_PAGERDUTY_URL: url().describe('PagerDuty Events API v2 endpoint override (proxies, tests); unset → `https://events.pagerduty.com/v2/enqueue`'),
  ALERT_ON_CRISIS_REVIEW: oneOf(['true', 'false'], 'true')
    .transform((v) => v === 'true')
    .describe('also alert on crisis-review decisions (possible danger, severity warning); crisis decisions always alert'),
});

export type RawEnvConfig = z.infer<typeof envSchema>;

export const SECRET_ENV_NAMES = [
  'ZENDESK_WEBHOOK_SECRET',
  'INTERCOM_CLIENT_SECRET',
  'MARKETPLACE_FEED_SECRET',
  'ZENDESK_API_TOKEN',
  'INTERCOM_ACCESS_TOKEN',
  'ADMIN_TOKEN',
  'SIDEBAR_TOKEN',
  'METRICS_TOKEN',
  'ALERT_SLACK_WEBHOOK_URL',
  'ALERT_PAGERDUTY_ROUTING_KEY',
  'JOB_DATA_KEY',
  'DATABASE_URL',
  'REDIS_URL',
  'OPENAI_API_KEY',
  'LLM_API_KEY',
] as const;
