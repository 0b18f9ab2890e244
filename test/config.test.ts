import { loadConfig } from '../src/config/load-config';
import { ConfigError } from '../src/config/config-error';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.WEBHOOK_TOLERANCE_SECONDS).toBe(300);
    expect(config.COALESCE_MS).toBe(2000);
    expect(config.writebackMode).toBe('shadow');
  });

  it('splits rotation secrets', () => {
    const config = loadConfig({ ZENDESK_WEBHOOK_SECRET: 'old-secret-1, new-secret-2' });
    expect(config.ZENDESK_WEBHOOK_SECRET).toEqual(['old-secret-1', 'new-secret-2']);
  });

  it('lists every problem at once and never echoes a secret', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'not a url', ZENDESK_WEBHOOK_SECRET: 'short', ZENDESK_EMAIL: 'a@b.c' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/REDIS_URL/);
    expect(message).toMatch(/ZENDESK_WEBHOOK_SECRET/);
    expect(message).not.toContain('not a url');
    expect(message).not.toContain('short');
    expect((error as ConfigError).problems.length).toBeGreaterThanOrEqual(3);
  });

  it('wants METRICS_TOKEN of at least 16 characters when it is set, and never echoes it', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: ' ' }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'sixteen-chars-ok' }).METRICS_TOKEN).toBe('sixteen-chars-ok');
    expect(() => loadConfig({ METRICS_TOKEN: 'too-short-token' })).toThrow(/METRICS_TOKEN: must be at least 16 characters — check the value \(not shown/);
    expect(() => loadConfig({ METRICS_TOKEN: 'too-short-token' })).not.toThrow(/too-short-token/);
  });

  it('goes live by default only when credentials exist', () => {
    const config = loadConfig({ INTERCOM_ACCESS_TOKEN: 'tok_abcdefgh', INTERCOM_ADMIN_ID: '42' });
    expect(config.writebackMode).toBe('live');
    expect(loadConfig({ INTERCOM_ACCESS_TOKEN: 'tok_abcdefgh', INTERCOM_ADMIN_ID: '42', WRITEBACK_MODE: 'shadow' }).writebackMode).toBe('shadow');
  });

  it('asks no crisis provider by default, and refuses a provider mode without what it needs, saying what to set', () => {
    expect(loadConfig({})).toMatchObject({ CRISIS_PROVIDER: 'none', CRISIS_PROVIDER_TIMEOUT_MS: 3000 });
    expect(() => loadConfig({ CRISIS_PROVIDER: 'openai-moderation' })).toThrow(/OPENAI_API_KEY: required with CRISIS_PROVIDER=openai-moderation — set an OpenAI API key, or set CRISIS_PROVIDER=none/);
    expect(() => loadConfig({ CRISIS_PROVIDER: 'chat', LLM_MODEL: 'llama3.1' })).toThrow(/LLM_BASE_URL: required with CRISIS_PROVIDER=chat/);
    expect(() => loadConfig({ CRISIS_PROVIDER: 'chat' })).toThrow(/LLM_BASE_URL and LLM_MODEL: required/);
    expect(() => loadConfig({ CRISIS_PROVIDER: 'gpt' })).toThrow(/CRISIS_PROVIDER/);
    expect(() => loadConfig({ CRISIS_PROVIDER_TIMEOUT_MS: '0' })).toThrow(/CRISIS_PROVIDER_TIMEOUT_MS/);
    const chat = loadConfig({ CRISIS_PROVIDER: 'chat', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1', CRISIS_PROVIDER_TIMEOUT_MS: '1500' });
    expect(chat).toMatchObject({ CRISIS_PROVIDER: 'chat', CRISIS_PROVIDER_TIMEOUT_MS: 1500 });
    expect(loadConfig({ CRISIS_PROVIDER: 'openai-moderation', OPENAI_API_KEY: 'sk-abc' }).OPENAI_BASE_URL).toBe('https://api.openai.com/v1');
  });

  it('never echoes the provider keys', () => {
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk-secret-value', OPENAI_BASE_URL: 'not a url' })).not.toThrow(/sk-secret-value/);
    expect(() => loadConfig({ CRISIS_PROVIDER: 'chat', LLM_API_KEY: 'llm-secret-value' })).not.toThrow(/llm-secret-value/);
  });
});
