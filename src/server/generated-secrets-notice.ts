import type { Logger } from 'pino';
import type { Config } from '../config/load-config';

const API_OF_TOKEN: Record<string, string | undefined> = { ADMIN_TOKEN: 'GET /api/decisions', SIDEBAR_TOKEN: 'GET /api/context' };

/**
 * Says at start which secrets came from the generated file, naming the file and never a value.
 * When the API tokens are among them (a first run on the embedded database), says where to find
 * them: they are what a newcomer needs for the decisions and sidebar APIs and `riskdesk demo`.
 */
export function logGeneratedSecrets(config: Pick<Config, 'generatedSecrets'>, logger: Pick<Logger, 'info'>): void {
  const generated = config.generatedSecrets;
  if (!generated) return;
  const { file, names } = generated;
  logger.info({ file, variables: names }, `${names.join(', ')} unset: using generated values from ${file} (mode 0600); set the variables to use your own`);
  const tokens = names.flatMap((name) => (API_OF_TOKEN[name] ? [`${name} (${API_OF_TOKEN[name]})`] : []));
  if (tokens.length > 0) {
    logger.info({ file, variables: names.filter((name) => API_OF_TOKEN[name]) }, `demo: the ${tokens.join(' and ')} ${tokens.length === 1 ? 'is' : 'are'} in ${file}; \`riskdesk demo\` reads them from there`);
  }
}
