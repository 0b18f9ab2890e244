import type { Logger } from 'pino';
import type { Config } from '../config/load-config';

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
  const tokens = names.filter((name) => name === 'ADMIN_TOKEN' || name === 'SIDEBAR_TOKEN');
  if (tokens.length > 0) {
    logger.info({ file, variables: tokens }, `demo: the ${tokens.join(' and ')} for GET /api/decisions and GET /api/context are in ${file}; \`riskdesk demo\` reads them from there`);
  }
}
