import { readFileSync } from 'node:fs';
import path from 'node:path';
import { envDocs, renderEnvTable, withCurrentEnvTable } from '../src/config/env/docs';
import { envSchema } from '../src/config/env/schema';

const DOC = readFileSync(path.join(__dirname, '..', 'docs', 'configuration.md'), 'utf8');

describe('docs/configuration.md', () => {
  it('lists every variable of the env schema', () => {
    const missing = Object.keys(envSchema.shape).filter((name) => !DOC.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('states a constraint and a meaning for every variable', () => {
    const undocumented = envDocs().filter((doc) => doc.constraint.trim() === '' || doc.meaning.trim() === '');
    expect(undocumented.map((doc) => doc.name)).toEqual([]);
  });

  it('carries the table the schema generates (run `npm run docs:config` after changing the schema)', () => {
    expect(DOC).toContain(renderEnvTable());
    expect(withCurrentEnvTable(DOC)).toBe(DOC);
  });

  it('shows enforced defaults and constraints, e.g. secrets of at least 8 characters', () => {
    const byName = Object.fromEntries(envDocs().map((doc) => [doc.name, doc]));
    expect(byName.PORT).toMatchObject({ defaultValue: '`3000`', constraint: 'integer 0–65535', secret: false });
    expect(byName.AUTO_SEED).toMatchObject({ defaultValue: '`true`', constraint: 'one of `true`, `false`' });
    expect(byName.ZENDESK_WEBHOOK_SECRET?.constraint).toMatch(/^at least 8 characters/);
    expect(byName.METRICS_TOKEN).toMatchObject({ defaultValue: null, constraint: 'at least 16 characters', secret: true });
    expect(renderEnvTable()).toContain('| `METRICS_TOKEN` | unset | at least 16 characters |');
  });

  it('refuses a document without the table markers', () => {
    expect(() => withCurrentEnvTable('# Configuration\n')).toThrow(/lacks the table markers/);
  });
});
