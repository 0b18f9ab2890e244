import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PrivateFileError, readOrCreatePrivateFile, readPrivateFile, replacePrivateFile } from './private-file';

/**
 * Secrets riskdesk makes up for a first run on the embedded database, so the webhooks, the
 * decisions API and the sidebar API work (and `riskdesk demo` can sign) without any set-up. One
 * JSON file under the data directory, mode 0600; a variable set in the environment always wins.
 */
export const GENERATED_SECRETS_FILE = 'generated-secrets.json';
export const GENERATED_SECRET_NAMES = ['ZENDESK_WEBHOOK_SECRET', 'INTERCOM_CLIENT_SECRET', 'ADMIN_TOKEN', 'SIDEBAR_TOKEN'] as const;
export type GeneratedSecretName = (typeof GENERATED_SECRET_NAMES)[number];
export type GeneratedSecretValues = Partial<Record<GeneratedSecretName, string>>;

const secretValue = z.string().regex(/^[A-Za-z0-9_-]{32,200}$/, 'must be 32 to 200 letters, digits, - or _');
const fileSchema = z.strictObject({
  ZENDESK_WEBHOOK_SECRET: secretValue.optional(),
  INTERCOM_CLIENT_SECRET: secretValue.optional(),
  ADMIN_TOKEN: secretValue.optional(),
  SIDEBAR_TOKEN: secretValue.optional(),
} satisfies Record<GeneratedSecretName, unknown>);

const HOW_TO = 'set ZENDESK_WEBHOOK_SECRET, INTERCOM_CLIENT_SECRET, ADMIN_TOKEN and SIDEBAR_TOKEN yourself';

export const generatedSecretsPath = (dataDir: string): string => join(dataDir, GENERATED_SECRETS_FILE);

/** 32 random bytes, base64url: no commas (a comma separates two secrets during a rotation). */
const randomSecret = (): string => randomBytes(32).toString('base64url');

function parse(path: string, text: string): GeneratedSecretValues {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    const where = problem?.path.length ? `${problem.path.join('.')}: ` : '';
    throw new PrivateFileError(`${path} is not a valid secrets file (${where}${problem?.message ?? 'not JSON'}): delete it to have new secrets generated, or ${HOW_TO}`);
  }
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
}

const serialize = (values: GeneratedSecretValues): string => `${JSON.stringify(values, null, 2)}\n`;

function pick(values: GeneratedSecretValues, wanted: readonly GeneratedSecretName[]): GeneratedSecretValues {
  return Object.fromEntries(wanted.flatMap((name) => (values[name] ? [[name, values[name]]] : [])));
}

/**
 * The values of `wanted` kept in `<dataDir>/generated-secrets.json`. With `generate`, the ones
 * the file lacks are made up and saved first; without it, the file is only read (and may be absent).
 */
export function resolveGeneratedSecrets(dataDir: string, wanted: readonly GeneratedSecretName[], generate: boolean): GeneratedSecretValues {
  const path = generatedSecretsPath(dataDir);
  if (!generate) {
    const text = readPrivateFile(path);
    return text === null ? {} : pick(parse(path, text), wanted);
  }
  const fresh = (): GeneratedSecretValues => Object.fromEntries(wanted.map((name) => [name, randomSecret()]));
  const stored = parse(path, readOrCreatePrivateFile(path, () => serialize(fresh()), HOW_TO));
  const missing = wanted.filter((name) => !stored[name]);
  if (missing.length === 0) return pick(stored, wanted);
  // A variable unset since the file was made: add its secret, keep the others as they are.
  const extended = { ...stored, ...Object.fromEntries(missing.map((name) => [name, randomSecret()])) };
  replacePrivateFile(path, serialize(extended), HOW_TO);
  return pick(extended, wanted);
}
