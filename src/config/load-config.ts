import type { z } from 'zod';
import { ConfigError } from './config-error';
import { envSchema, SECRET_ENV_NAMES, type RawEnvConfig } from './env/schema';

export type Env = Record<string, string | undefined>;

export interface Config extends RawEnvConfig {
  /** Derived: live only when asked for, or when credentials exist and no mode was given. */
  writebackMode: 'live' | 'shadow';
  zendeskApiConfigured: boolean;
  intercomApiConfigured: boolean;
  /** Set by loadProcessConfig when some secrets come from the data directory's generated file. */
  generatedSecrets?: { file: string; names: string[] };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(environment)';
  const secret = (SECRET_ENV_NAMES as readonly string[]).includes(name);
  const hint = secret ? 'check the value (not shown: it is secret)' : 'see docs/configuration.md';
  return `${name}: ${issue.message} — ${hint}`;
}

function crossFieldProblems(config: RawEnvConfig): string[] {
  const problems: string[] = [];
  const zendeskParts = [config.ZENDESK_SUBDOMAIN ?? config.ZENDESK_API_URL, config.ZENDESK_EMAIL, config.ZENDESK_API_TOKEN];
  if (zendeskParts.some(Boolean) && !zendeskParts.every(Boolean)) {
    problems.push('ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), ZENDESK_EMAIL and ZENDESK_API_TOKEN: set all three to use the Zendesk API, or none');
  }
  if (config.INTERCOM_ACCESS_TOKEN && !config.INTERCOM_ADMIN_ID) {
    problems.push('INTERCOM_ADMIN_ID: required with INTERCOM_ACCESS_TOKEN (notes are written as this admin)');
  }
  if (config.WRITEBACK_MODE === 'live' && !config.ZENDESK_API_TOKEN && !config.INTERCOM_ACCESS_TOKEN) {
    problems.push('WRITEBACK_MODE=live needs helpdesk credentials (ZENDESK_* or INTERCOM_ACCESS_TOKEN), or use WRITEBACK_MODE=shadow');
  }
  problems.push(...crisisProviderProblems(config));
  return problems;
}

function crisisProviderProblems(config: RawEnvConfig): string[] {
  if (config.CRISIS_PROVIDER === 'openai-moderation' && !config.OPENAI_API_KEY) {
    return ['OPENAI_API_KEY: required with CRISIS_PROVIDER=openai-moderation — set an OpenAI API key, or set CRISIS_PROVIDER=none (see docs/crisis-provider.md)'];
  }
  if (config.CRISIS_PROVIDER === 'chat') {
    const missing = (['LLM_BASE_URL', 'LLM_MODEL'] as const).filter((name) => !config[name]);
    if (missing.length > 0) return [`${missing.join(' and ')}: required with CRISIS_PROVIDER=chat — set the OpenAI-compatible server and its model, or set CRISIS_PROVIDER=none (see docs/crisis-provider.md)`];
  }
  return [];
}

/** Reads the configuration from the env you pass in; throws one ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(describeIssue));
  const raw = parsed.data;
  const problems = crossFieldProblems(raw);
  if (problems.length > 0) throw new ConfigError(problems);
  const zendeskApiConfigured = Boolean(raw.ZENDESK_API_TOKEN);
  const intercomApiConfigured = Boolean(raw.INTERCOM_ACCESS_TOKEN);
  const writebackMode = raw.WRITEBACK_MODE ?? (zendeskApiConfigured || intercomApiConfigured ? 'live' : 'shadow');
  return { ...raw, writebackMode, zendeskApiConfigured, intercomApiConfigured };
}
