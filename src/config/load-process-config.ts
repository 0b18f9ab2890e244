import { ConfigError } from './config-error';
import { loadConfig, type Config, type Env } from './load-config';
import { GENERATED_SECRET_NAMES, generatedSecretsPath, resolveGeneratedSecrets, type GeneratedSecretName, type GeneratedSecretValues } from '../security/generated-secrets';
import { PrivateFileError } from '../security/private-file';

export interface ProcessConfigOptions {
  /**
   * True for the processes that serve (start, serve): they make up the missing secrets. Every
   * other command only reads what they made, so `riskdesk demo` signs with the service's secrets.
   */
  generateSecrets: boolean;
}

function isUnset(config: Config, name: GeneratedSecretName): boolean {
  const value = config[name];
  return Array.isArray(value) ? value.length === 0 : !value;
}

function generatedValues(dataDir: string, unset: GeneratedSecretName[], generate: boolean): GeneratedSecretValues {
  try {
    return resolveGeneratedSecrets(dataDir, unset, generate);
  } catch (error) {
    if (error instanceof PrivateFileError) throw new ConfigError([error.message], 'generated secrets file');
    throw error;
  }
}

/**
 * The configuration of a riskdesk process, used by every entry point: the environment (see
 * loadConfig) and, on the embedded database only, the webhook secrets and API tokens the
 * environment leaves unset, from `<RISKDESK_DATA_DIR>/generated-secrets.json` (mode 0600).
 * A variable that is set always wins; with DATABASE_URL the file is never read or written.
 */
export function loadProcessConfig(env: Env, options: ProcessConfigOptions): Config {
  const config = loadConfig(env);
  if (config.DATABASE_URL) return config;
  const unset = GENERATED_SECRET_NAMES.filter((name) => isUnset(config, name));
  if (unset.length === 0) return config;
  const values = generatedValues(config.RISKDESK_DATA_DIR, unset, options.generateSecrets);
  const names = Object.keys(values);
  if (names.length === 0) return config;
  return { ...loadConfig({ ...env, ...values }), generatedSecrets: { file: generatedSecretsPath(config.RISKDESK_DATA_DIR), names } };
}
