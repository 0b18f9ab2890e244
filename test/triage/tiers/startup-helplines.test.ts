import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/load-config';
import { createLogger } from '../../../src/logging/logger';
import { startService } from '../../../src/runtime/service';
import { HelplinesError } from '../../../src/triage/helplines';

describe('start-up with a bad helplines file', () => {
  it('refuses to start, listing the problem, before the database is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helplines-start-'));
    const file = join(dir, 'helplines.yaml');
    writeFileSync(file, 'countries:\n  GB:\n    name: United Kingdom\n    lines: [{ name: Samaritans, contact: "116 123" }]\nfallback: { name: International, lines: [] }\n');
    // An unreachable database: had start-up gone past the helplines, it would fail differently.
    const config = loadConfig({ HELPLINES_FILE: file, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', RISKDESK_DATA_DIR: dir });
    const started = startService({ config, logger: createLogger('silent'), server: false, worker: false });
    await expect(started).rejects.toThrow(HelplinesError);
    await expect(started).rejects.toThrow(/countries\.GB\.lines\[0\]\.source: source is required\n.*verified is required.*\n.*HELPLINES_FILE/s);
  });
});
