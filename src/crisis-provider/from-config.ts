/** The configured crisis second opinion, or null for `CRISIS_PROVIDER=none` (the local detector decides alone). */
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { createCrisisSecondOpinion, type CrisisSecondOpinion } from './guarded-opinion';
import { createChatProvider } from './openai-chat';
import { createModerationProvider } from './openai-moderation';
import type { CrisisProvider } from './types';

const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

type ProviderConfig = Pick<Config, 'CRISIS_PROVIDER' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'LLM_BASE_URL' | 'LLM_MODEL' | 'LLM_API_KEY'>;

export function crisisProviderFromConfig(config: ProviderConfig): CrisisProvider | null {
  switch (config.CRISIS_PROVIDER) {
    case 'openai-moderation':
      // loadConfig refuses this mode without a key; checked again so a hand-built config cannot send an empty one.
      if (!config.OPENAI_API_KEY) throw new Error('CRISIS_PROVIDER=openai-moderation needs OPENAI_API_KEY: set it, or set CRISIS_PROVIDER=none');
      return createModerationProvider({ apiKey: config.OPENAI_API_KEY, baseUrl: config.OPENAI_BASE_URL ?? DEFAULT_OPENAI_BASE_URL });
    case 'chat':
      if (!config.LLM_BASE_URL || !config.LLM_MODEL) throw new Error('CRISIS_PROVIDER=chat needs LLM_BASE_URL and LLM_MODEL: set them, or set CRISIS_PROVIDER=none');
      return createChatProvider({ baseUrl: config.LLM_BASE_URL, model: config.LLM_MODEL, apiKey: config.LLM_API_KEY });
    default:
      return null;
  }
}

export function crisisSecondOpinionFromConfig(config: ProviderConfig & Pick<Config, 'CRISIS_PROVIDER_TIMEOUT_MS'>, logger: Logger, metrics?: Metrics): CrisisSecondOpinion | null {
  const provider = crisisProviderFromConfig(config);
  return provider ? createCrisisSecondOpinion({ provider, timeoutMs: config.CRISIS_PROVIDER_TIMEOUT_MS, logger, metrics }) : null;
}
