/**
 * `riskdesk demo` against a real service in this process: `start`'s composition on a fresh
 * embedded database (auto-seeded demo world, generated secrets), real Redis under its own prefix.
 * First with the worker off (no decision can arrive), then with it on.
 */
import { randomBytes } from 'node:crypto';
import { findDecisionById, findDecisions } from '../../src/audit/decision-store';
import { SCENARIOS } from '../../src/cli/demo/scenarios';
import { loadProcessConfig } from '../../src/config/load-process-config';
import { createLogger } from '../../src/logging/logger';
import { RISK_LEVELS } from '../../src/risk/types';
import { mountSidebar } from '../../src/runtime/mount-sidebar';
import { startService, type ServiceHandle } from '../../src/runtime/service';
import { PATTERN_NAMES } from '../../src/seed/demo-accounts';
import { loadRules } from '../../src/triage/rules';
import { runCli } from '../helpers/cli-harness';
import { deletePrefix, TEST_REDIS_URL } from '../helpers/redis-cleanup';
import { createEmbeddedDataDir } from '../helpers/test-db';

const run = `${process.pid}-${randomBytes(3).toString('hex')}`;
const prefixes = { off: `test-demo-off-${run}`, on: `test-demo-on-${run}` };
let data: { dir: string; cleanup(): void };
const envFor = (prefix: string): Record<string, string> => ({
  RISKDESK_DATA_DIR: data.dir,
  QUEUE_PREFIX: prefix,
  REDIS_URL: TEST_REDIS_URL,
  HOST: '127.0.0.1',
  COALESCE_MS: '0',
  AUTO_SEED: 'true',
  WRITEBACK_MODE: 'shadow',
  RULES_FILE: 'config/rules.yaml',
  LOG_LEVEL: 'silent',
});
const running = (service: ServiceHandle | undefined): ServiceHandle => {
  if (!service) throw new Error('the service did not start');
  return service;
};
const rank = (level: string | null): number => RISK_LEVELS.indexOf((level ?? '') as (typeof RISK_LEVELS)[number]);

/** The ticket lines of the demo's table: pattern, source and ticket id of each. */
function ticketLines(stdout: string): Array<{ label: string; source: 'zendesk' | 'intercom'; ticketId: string; line: string }> {
  return stdout.split('\n').flatMap((line) => {
    const match = /^(\S+)\s+(zendesk|intercom)\s+(\d+)\s/.exec(line);
    return match?.[1] && match[3] ? [{ label: match[1], source: match[2] as 'zendesk' | 'intercom', ticketId: match[3], line }] : [];
  });
}

async function startDemoService(prefix: string, worker: boolean): Promise<ServiceHandle> {
  // The service makes up the secrets; the demo (below) reads the same file through the same function.
  const config = loadProcessConfig(envFor(prefix), { generateSecrets: true });
  return startService({ config, logger: createLogger('silent'), server: true, worker, port: 0, mountSidebar });
}

beforeAll(async () => {
  data = await createEmbeddedDataDir();
}, 120_000);
afterAll(async () => {
  await deletePrefix(prefixes.off);
  await deletePrefix(prefixes.on);
  data?.cleanup();
});

describe('riskdesk demo when no decision arrives', () => {
  let off: ServiceHandle | undefined;
  beforeAll(async () => {
    off = await startDemoService(prefixes.off, false);
  }, 120_000);
  afterAll(async () => off?.close());

  it('exits non-zero, naming every ticket whose decision did not arrive', async () => {
    const result = await runCli(['demo', '--url', off?.server?.url ?? '', '--timeout', '2'], { env: envFor(prefixes.off), db: off?.db });
    expect(result.code).toBe(1);
    const lines = ticketLines(result.stdout);
    expect(lines).toHaveLength(PATTERN_NAMES.length * 2 + 1);
    for (const { source, ticketId, label } of lines) {
      expect(result.stderr).toContain(`riskdesk demo: no decision for ${source} ticket ${ticketId} (${label}) within 2 s`);
    }
    expect(lines.every((l) => l.line.includes('no decision arrived'))).toBe(true);
  }, 60_000);
});

describe('riskdesk demo against the running service', () => {
  let service: ServiceHandle | undefined;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    service = await startDemoService(prefixes.on, true);
    result = await runCli(['demo', '--url', service.server?.url ?? ''], { env: envFor(prefixes.on), db: service.db });
  }, 120_000);
  afterAll(async () => service?.close());

  it('prints one line per ticket and exits 0', () => {
    expect(result.code).toBe(0);
    const lines = ticketLines(result.stdout);
    expect(lines.map((l) => `${l.label}/${l.source}`)).toEqual([...PATTERN_NAMES.flatMap((p) => [`${p}/zendesk`, `${p}/intercom`]), 'crisis/zendesk']);
    expect(result.stdout).toContain('riskdesk demo accounts');
  });

  it("shows each planted pattern's reason codes and risk level in the decisions the worker recorded", async () => {
    for (const { label, source, ticketId, line } of ticketLines(result.stdout).filter((l) => l.label !== 'crisis')) {
      const scenario = SCENARIOS[label as keyof typeof SCENARIOS];
      const [decision] = await findDecisions(running(service).db, source, ticketId, 1);
      expect({ label, source, codes: scenario.expectedReasons.filter((code) => decision?.reasonCodes.includes(code)) }).toEqual({ label, source, codes: scenario.expectedReasons });
      if (scenario.level === 'low') expect(decision?.level).toBe('low');
      else expect(rank(decision?.level ?? null)).toBeGreaterThanOrEqual(rank(scenario.level));
      expect(decision?.outcome).toBe('shadow');
      expect(line).toContain(`${decision?.score}/${decision?.level}`);
      expect(line).toContain(decision?.actions?.route ?? 'missing route');
      for (const code of scenario.expectedReasons) expect(line).toContain(code);
    }
  });

  it('routes the crisis ticket to the crisis destination of the shipped rules, and the printed pointers work', async () => {
    const crisis = ticketLines(result.stdout).find((l) => l.label === 'crisis');
    const db = running(service).db;
    const [decision] = await findDecisions(db, 'zendesk', crisis?.ticketId ?? '', 1);
    const destination = loadRules('config/rules.yaml').crisis.destination;
    expect(decision).toMatchObject({ crisis: true, actions: { route: destination, priority: 'urgent' } });
    expect(crisis?.line).toMatch(new RegExp(`\\surgent\\s+${destination}\\s`));

    const shown = /riskdesk decisions --show (\d+)/.exec(result.stdout)?.[1] ?? '';
    expect((await findDecisionById(db, shown))?.ticketId).toBe(crisis?.ticketId);
    const sidebar = /(http:\/\/\S+\/api\/context\?\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(sidebar).toContain(`ticket=${crisis?.ticketId}`);
    // The generated sidebar token is where the demo says it is.
    expect(result.stdout).toContain(`SIDEBAR_TOKEN from ${data.dir}/generated-secrets.json`);
    const token = loadProcessConfig(envFor(prefixes.on), { generateSecrets: false }).SIDEBAR_TOKEN ?? '';
    const view = await fetch(sidebar, { headers: { authorization: `Bearer ${token}` } });
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ ticketId: crisis?.ticketId, status: 'decided' });
  });

  it('uses new ticket ids on every run', async () => {
    const again = await runCli(['demo', '--url', service?.server?.url ?? ''], { env: envFor(prefixes.on), db: service?.db });
    expect(again.code).toBe(0);
    const before = new Set(ticketLines(result.stdout).map((l) => l.ticketId));
    const after = ticketLines(again.stdout).map((l) => l.ticketId);
    expect(after.filter((id) => before.has(id))).toEqual([]);
    // Fresh tickets get fresh decisions, not "unchanged".
    expect(again.stdout).not.toContain('nothing new to write');
  }, 90_000);
});
