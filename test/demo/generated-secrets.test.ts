import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/config-error';
import { loadProcessConfig } from '../../src/config/load-process-config';
import { GENERATED_SECRET_NAMES, GENERATED_SECRETS_FILE } from '../../src/security/generated-secrets';
import { logGeneratedSecrets } from '../../src/server/generated-secrets-notice';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'riskdesk-secrets-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const dataDir = (): string => join(root, 'data');
const secretsFile = (): string => join(dataDir(), GENERATED_SECRETS_FILE);
const readFile = (): Record<string, string> => JSON.parse(readFileSync(secretsFile(), 'utf8')) as Record<string, string>;
const generate = (env: Record<string, string> = {}) => loadProcessConfig({ RISKDESK_DATA_DIR: dataDir(), ...env }, { generateSecrets: true });
const read = (env: Record<string, string> = {}) => loadProcessConfig({ RISKDESK_DATA_DIR: dataDir(), ...env }, { generateSecrets: false });

describe('generated secrets (embedded database, variables unset)', () => {
  it('are generated once into one 0600 file and used by the config', () => {
    const config = generate();
    expect(statSync(secretsFile()).mode & 0o777).toBe(0o600);
    const stored = readFile();
    expect(Object.keys(stored).sort()).toEqual([...GENERATED_SECRET_NAMES].sort());
    expect(config.ZENDESK_WEBHOOK_SECRET).toEqual([stored.ZENDESK_WEBHOOK_SECRET]);
    expect(config.INTERCOM_CLIENT_SECRET).toEqual([stored.INTERCOM_CLIENT_SECRET]);
    expect(config.ADMIN_TOKEN).toBe(stored.ADMIN_TOKEN);
    expect(config.SIDEBAR_TOKEN).toBe(stored.SIDEBAR_TOKEN);
    expect(new Set(Object.values(stored)).size).toBe(4);
    for (const value of Object.values(stored)) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(config.generatedSecrets).toEqual({ file: secretsFile(), names: [...GENERATED_SECRET_NAMES] });
    // A restart keeps them: the helpdesks were configured with these values.
    expect(generate().ADMIN_TOKEN).toBe(config.ADMIN_TOKEN);
  });

  it('are read, never made, by the other commands (riskdesk demo signs with the service’s values)', () => {
    const before = read();
    expect(existsSync(secretsFile())).toBe(false);
    expect(before.ADMIN_TOKEN).toBeUndefined();
    expect(before.generatedSecrets).toBeUndefined();
    const service = generate();
    const demo = read();
    expect(demo.ZENDESK_WEBHOOK_SECRET).toEqual(service.ZENDESK_WEBHOOK_SECRET);
    expect(demo.INTERCOM_CLIENT_SECRET).toEqual(service.INTERCOM_CLIENT_SECRET);
    expect(demo.ADMIN_TOKEN).toBe(service.ADMIN_TOKEN);
  });

  it('never override a variable that is set, and are not generated for it', () => {
    const config = generate({ ADMIN_TOKEN: 'my-own-admin-token', ZENDESK_WEBHOOK_SECRET: 'my-zendesk-secret' });
    expect(config.ADMIN_TOKEN).toBe('my-own-admin-token');
    expect(config.ZENDESK_WEBHOOK_SECRET).toEqual(['my-zendesk-secret']);
    expect(Object.keys(readFile()).sort()).toEqual(['INTERCOM_CLIENT_SECRET', 'SIDEBAR_TOKEN']);
    expect(config.generatedSecrets?.names.sort()).toEqual(['INTERCOM_CLIENT_SECRET', 'SIDEBAR_TOKEN']);
    // Unset later: that one variable gets a value, the others keep theirs.
    const sidebar = readFile().SIDEBAR_TOKEN;
    const later = generate({ ZENDESK_WEBHOOK_SECRET: 'my-zendesk-secret' });
    expect(later.ADMIN_TOKEN).toBe(readFile().ADMIN_TOKEN);
    expect(later.ADMIN_TOKEN).not.toBe('my-own-admin-token');
    expect(later.SIDEBAR_TOKEN).toBe(sidebar);
    expect(statSync(secretsFile()).mode & 0o777).toBe(0o600);
  });

  it('are not generated when every variable is set', () => {
    const config = generate({ ZENDESK_WEBHOOK_SECRET: 'zendesk-secret-1', INTERCOM_CLIENT_SECRET: 'intercom-secret-1', ADMIN_TOKEN: 'admin-token-1', SIDEBAR_TOKEN: 'sidebar-token-1' });
    expect(existsSync(secretsFile())).toBe(false);
    expect(config.generatedSecrets).toBeUndefined();
    expect(config.SIDEBAR_TOKEN).toBe('sidebar-token-1');
  });

  it('are never generated nor read with DATABASE_URL', () => {
    const config = generate({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(existsSync(secretsFile())).toBe(false);
    expect(config.ADMIN_TOKEN).toBeUndefined();
    expect(config.ZENDESK_WEBHOOK_SECRET).toBeUndefined();
    generate();
    expect(read({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }).ADMIN_TOKEN).toBeUndefined();
  });

  it('refuse a file other users can read, or one that is not a secrets file, saying what to do', () => {
    generate();
    chmodSync(secretsFile(), 0o644);
    expect(() => read()).toThrow(ConfigError);
    expect(() => generate()).toThrow(/chmod 600/);
    chmodSync(secretsFile(), 0o600);
    writeFileSync(secretsFile(), '{"ADMIN_TOKEN": "short"}');
    expect(() => read()).toThrow(/ADMIN_TOKEN.*delete it/);
  });

  it('are announced at start by file and names, never by value', () => {
    const config = generate({ ADMIN_TOKEN: 'my-own-admin-token' });
    const lines: string[] = [];
    logGeneratedSecrets(config, { info: (fields: object, message?: string) => void lines.push(JSON.stringify(fields) + (message ?? '')) });
    const text = lines.join('\n');
    expect(text).toContain(secretsFile());
    expect(text).toContain('SIDEBAR_TOKEN');
    expect(text).toMatch(/riskdesk demo/);
    for (const value of Object.values(readFile())) expect(text).not.toContain(value);
    const quiet: string[] = [];
    logGeneratedSecrets({}, { info: (fields: object) => void quiet.push(JSON.stringify(fields)) });
    expect(quiet).toEqual([]);
  });
});
