/** The configured provider: none by default, each mode wired from its variables. */
import { loadConfig } from '../../src/config/load-config';
import { crisisProviderFromConfig, crisisSecondOpinionFromConfig } from '../../src/crisis-provider/from-config';
import { createLogger } from '../../src/logging/logger';

describe('crisis provider from the configuration', () => {
  it('is off by default: the local detector decides alone', () => {
    expect(crisisProviderFromConfig(loadConfig({}))).toBeNull();
    expect(crisisSecondOpinionFromConfig(loadConfig({}), createLogger('silent'))).toBeNull();
  });

  it('builds each mode from its variables', () => {
    expect(crisisProviderFromConfig(loadConfig({ CRISIS_PROVIDER: 'openai-moderation', OPENAI_API_KEY: 'sk-x' }))).toMatchObject({ name: 'openai-moderation', model: 'omni-moderation-latest', promptVersion: null });
    expect(crisisProviderFromConfig(loadConfig({ CRISIS_PROVIDER: 'chat', LLM_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_MODEL: 'Qwen/Qwen2.5-7B-Instruct' }))).toMatchObject({ name: 'chat', model: 'Qwen/Qwen2.5-7B-Instruct', promptVersion: 'crisis-v1' });
    expect(typeof crisisSecondOpinionFromConfig(loadConfig({ CRISIS_PROVIDER: 'openai-moderation', OPENAI_API_KEY: 'sk-x' }), createLogger('silent'))).toBe('function');
  });

  it('refuses a hand-built configuration without the key, saying what to set', () => {
    const config = { ...loadConfig({}), CRISIS_PROVIDER: 'openai-moderation' as const };
    expect(() => crisisProviderFromConfig(config)).toThrow(/needs OPENAI_API_KEY: set it, or set CRISIS_PROVIDER=none/);
  });
});
