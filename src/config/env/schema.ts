import { z } from 'zod';
import { nonNegativeInt, optionalString, port, positiveInt, secretList, url } from './fields';

/**
 * Every environment variable riskdesk reads, in one schema. README.md documents each one;
 * names whose value is secret are listed in SECRET_ENV_NAMES so errors never echo them.
 */
export const envSchema = z.object({
  // Process
  PORT: port(3000),
  HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('0.0.0.0')),
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  REDIS_URL: url('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]+$/).default('riskdesk')),

  // Intake
  WEBHOOK_TOLERANCE_SECONDS: positiveInt(300),
  COALESCE_MS: nonNegativeInt(2000),
  ZENDESK_WEBHOOK_SECRET: secretList(),
  INTERCOM_CLIENT_SECRET: secretList(),
  ZENDESK_BOT_USER_ID: optionalString(),
  INTERCOM_ADMIN_ID: optionalString(),
  JOB_DATA_KEY: optionalString(),

  // Risk store
  DATABASE_URL: url(),
  RISKDESK_DATA_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./.riskdesk')),
  RISK_CONFIG_FILE: optionalString(),
  AUTO_SEED: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false']).default('true')).transform((v) => v === 'true'),

  // Triage
  RULES_FILE: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('config/rules.yaml')),

  // Helpdesk API clients and write-back
  ZENDESK_SUBDOMAIN: optionalString(),
  ZENDESK_EMAIL: optionalString(),
  ZENDESK_API_TOKEN: optionalString(),
  ZENDESK_API_URL: url(),
  ZENDESK_MAX_RPM: positiveInt(400),
  ZENDESK_FIELD_RISK_SCORE: optionalString(),
  ZENDESK_FIELD_RISK_LEVEL: optionalString(),
  INTERCOM_ACCESS_TOKEN: optionalString(),
  INTERCOM_API_URL: url(),
  // Names of conversation data attributes (created in Intercom) that receive the risk score/level; unset → not sent.
  INTERCOM_ATTRIBUTE_RISK_SCORE: optionalString(),
  INTERCOM_ATTRIBUTE_RISK_LEVEL: optionalString(),
  INTERCOM_API_VERSION: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('2.14')),
  INTERCOM_MAX_RPM: positiveInt(5000),
  WRITEBACK_MODE: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['live', 'shadow']).optional()),
  WORKER_CONCURRENCY: positiveInt(8),
  JOB_ATTEMPTS: positiveInt(8),

  // Read APIs
  ADMIN_TOKEN: optionalString(),
  SIDEBAR_TOKEN: optionalString(),
  SIDEBAR_RATE_LIMIT_PER_MIN: positiveInt(120),
  METRICS_TOKEN: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().min(16, 'must be at least 16 characters').optional()),
});

export type RawEnvConfig = z.infer<typeof envSchema>;

export const SECRET_ENV_NAMES = [
  'ZENDESK_WEBHOOK_SECRET',
  'INTERCOM_CLIENT_SECRET',
  'ZENDESK_API_TOKEN',
  'INTERCOM_ACCESS_TOKEN',
  'ADMIN_TOKEN',
  'SIDEBAR_TOKEN',
  'METRICS_TOKEN',
  'JOB_DATA_KEY',
  'DATABASE_URL',
  'REDIS_URL',
] as const;
