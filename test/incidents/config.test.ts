import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/cli-io';
import { register } from '../../src/cli/commands/incidents';
import { IncidentsConfigError, loadIncidentsConfig, parseIncidentsConfig } from '../../src/incidents/config';

describe('config/incidents.yaml', () => {
  it('the shipped file is valid with the documented defaults', () => {
    const config = loadIncidentsConfig('config/incidents.yaml');
    expect(config).toMatchObject({ minTickets: 3, windowHours: 72, entities: ['seller', 'show', 'tracking', 'contact', 'linked_cluster'] });
    expect(config.intents).toEqual(expect.arrayContaining(['item_not_received', 'item_not_as_described', 'counterfeit', 'scam_off_platform']));
  });

  it('lists every problem with its line and column', () => {
    const text = ['minTickets: 1', 'windowHours: 72', 'intents: [item_not_received, lost_parcel]', 'entitys: [seller]', 'severity: { tickets: { medium: 5, high: 2, critical: 25 }, amount: { medium: 1, high: 2, critical: 3 }, riskScore: { medium: 1, high: 2, critical: 3 }, levels: { medium: 1, high: 2, critical: 3 } }', 'spikes: { windowHours: 1, baselineDays: 7, minTickets: 5, multiplier: 4 }'].join('\n');
    let error: unknown;
    try {
      parseIncidentsConfig(text, 'inc.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IncidentsConfigError);
    const message = (error as Error).message;
    expect(message).toContain('inc.yaml:1:13 minTickets: an incident needs at least 2 tickets');
    expect(message).toMatch(/inc\.yaml:3:\d+ intents\[1\]: Invalid option/);
    expect(message).toContain('inc.yaml:4:1 entitys: unknown field "entitys"');
    expect(message).toMatch(/severity\.tickets: thresholds must not decrease/);
  });

  it('`riskdesk incidents check` says valid (exit 0) or lists the problems (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskdesk-inc-'));
    try {
      const bad = join(dir, 'bad.yaml');
      writeFileSync(bad, 'minTickets: [\n');
      const run = async (args: string[]) => {
        const out = { code: undefined as number | undefined, stdout: '', stderr: '' };
        const io: CliIo = { env: {}, stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t), isTTY: false }, setExitCode: (c) => (out.code = c) };
        const program = new Command('riskdesk').exitOverride();
        register(program, () => io);
        await program.parseAsync(['node', 'riskdesk', ...args]);
        return out;
      };
      const ok = await run(['incidents', 'check', 'config/incidents.yaml']);
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.stdout).toContain('is valid: 3 tickets from distinct requesters within 72 h');
      const failed = await run(['incidents', 'check', bad]);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/bad\.yaml:\d+:\d+ YAML syntax/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
