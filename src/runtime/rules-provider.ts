/**
 * Rules for the worker. A rules file that fails to load does not stop the worker: non-crisis jobs
 * retry (current() throws with the file's problems) and crisis jobs still get their route through
 * the crisis fallback; the file is re-read at most every `retryMs` until it loads.
 */
import type { Logger } from '../logging/logger';
import type { RulesProvider } from '../pipeline/types';
import { loadRules } from '../triage/rules/load-rules';
import type { Rules } from '../triage/rules/types';

export function createRulesProvider(path: string, logger: Logger, retryMs = 5000, load: (file: string) => Rules = loadRules): RulesProvider & { initial: Rules | null } {
  let rules: Rules | null = null;
  let lastError: Error | null = null;
  let lastTry = 0;
  const attempt = (): void => {
    lastTry = Date.now();
    try {
      rules = load(path);
      lastError = null;
      logger.info({ file: path, version: rules.version, warnings: rules.warnings }, 'triage rules loaded');
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      logger.error({ file: path, err: lastError.message }, 'triage rules could not be loaded: non-crisis tickets will retry until the file is fixed');
    }
  };
  attempt();
  return {
    initial: rules,
    current(): Rules {
      if (!rules && Date.now() - lastTry >= retryMs) attempt();
      if (rules) return rules;
      throw new Error(`triage rules unavailable (${path}): ${lastError?.message ?? 'not loaded'} — fix the file (riskdesk rules check) and the worker picks it up`);
    },
  };
}
