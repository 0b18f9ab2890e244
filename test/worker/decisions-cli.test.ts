/**
 * `riskdesk decisions --show ID [--json]`: one decision and its write plan, readable or as JSON,
 * against the embedded database and PostgreSQL, with real decisions made by the pipeline.
 */
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/cli-io';
import { decisionsCommand, register } from '../../src/cli/commands/decisions';
import { findDecisions } from '../../src/audit/decision-store';
import type { CrisisProviderAudit } from '../../src/crisis-provider/types';
import type { Ticket } from '../../src/domain/ticket';
import type { HelpdeskAdapter } from '../../src/helpdesk/types';
import { createLogger } from '../../src/logging/logger';
import { processTicket } from '../../src/pipeline/process-ticket';
import { newTrace, type PipelineDeps } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import { detectCrisis } from '../../src/triage/crisis';
import { decide } from '../../src/triage/decide';
import { loadRules } from '../../src/triage/rules/load-rules';
import { describeEachDb } from '../helpers/test-db';

const rules = loadRules('config/rules.yaml');
const TEXT = 'I never received my order #A1001, tracking says delivered & the seller <b>ignores</b> me';

const context = (): RiskContext => ({
  requester: null,
  requesterNote: 'not matched',
  parties: [],
  orders: [],
  mentions: { orderIds: [], handles: [], trackingNumbers: [] },
  score: 70,
  level: 'high',
  reasons: [{ code: 'prior_chargebacks', party: 'u_9', text: '3 chargebacks & 2 refunds in 90 days', weight: 30, evidence: {} }],
  computedAt: new Date().toISOString(),
});

const recordingAdapter: HelpdeskAdapter = {
  source: 'zendesk',
  hydrate: async (id): Promise<Ticket> => ({ source: 'zendesk', id, channel: 'email', subject: 'Order', text: TEXT, requester: {}, tags: [], updatedAt: '2026-01-01T00:00:00Z' }),
  writeBack: async () => ({ requests: [] }),
};

function cli(db: CliIo['db']) {
  const out = { stdout: '', stderr: '', code: undefined as number | undefined };
  const io: CliIo = {
    env: {},
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    setExitCode: (c) => (out.code = c),
    ...(db ? { db } : {}),
  };
  return { io, out };
}

describeEachDb('riskdesk decisions --show', (ctx) => {
  let shadowId = '';
  let writtenId = '';
  let providerId = '';

  beforeAll(async () => {
    const deps = (adapters: PipelineDeps['adapters']): PipelineDeps => ({
      db: ctx.db(),
      rules: { current: () => rules },
      adapters,
      mode: adapters.zendesk ? 'live' : 'shadow',
      buildContext: async () => context(),
      decide,
      detectCrisis,
      logger: createLogger('silent'),
      riskFields: (_s, risk) => ({ '360001': risk.score }),
    });
    const input = (ticketId: string, jobId: string) => ({ source: 'zendesk' as const, ticketId, fallback: { subject: 'Order', text: TEXT }, eventIds: [jobId], crisisHint: false, jobId, attempt: 1 });
    await processTicket(input('cli-1', 'cli-job-1'), deps({}), newTrace());
    await processTicket(input('cli-2', 'cli-job-2'), deps({ zendesk: recordingAdapter }), newTrace());
    const audit: CrisisProviderAudit = { provider: 'openai-moderation', model: 'omni-moderation-2024-09-26', promptVersion: null, outcome: 'timeout', latencyMs: 3001, raisedTier: false, tier: null, category: null, intent: null, detail: 'no answer within 3000 ms' };
    await processTicket(input('cli-3', 'cli-job-3'), { ...deps({}), crisisSecondOpinion: async (_text, local) => ({ result: local, audit }) }, newTrace());
    providerId = (await findDecisions(ctx.db(), 'zendesk', 'cli-3', 1))[0]?.id ?? '';
    shadowId = (await findDecisions(ctx.db(), 'zendesk', 'cli-1', 1))[0]?.id ?? '';
    writtenId = (await findDecisions(ctx.db(), 'zendesk', 'cli-2', 1))[0]?.id ?? '';
  });

  it('prints a shadow decision readably: what it would write, and the note as text', async () => {
    const { io, out } = cli(ctx.db());
    expect(await decisionsCommand({ show: shadowId }, io)).toBe(0);
    expect(out.stdout).toContain(`Decision ${shadowId} — zendesk ticket cli-1`);
    expect(out.stdout).toMatch(/outcome\s+shadow \(would-write\)/);
    expect(out.stdout).toContain('Actions: shadow — nothing written');
    expect(out.stdout).not.toContain('Actions taken');
    expect(out.stdout).toMatch(/priority\s+high/);
    expect(out.stdout).toMatch(/route\s+\S+ → \d+/);
    expect(out.stdout).toMatch(/fields\s+360001 = 70/);
    expect(out.stdout).toContain('Note (shadow — not posted)');
    expect(out.stdout).toMatch(/riskdesk ref rd-[0-9a-f]{12}/);
    expect(out.stdout).toContain('3 chargebacks & 2 refunds in 90 days');
    // Rendered as text: no markup, entities decoded.
    expect(out.stdout).not.toMatch(/<\/?(p|b|ul|li|small)>/);
    expect(out.stdout).not.toContain('&amp;');
  });

  it('shows the crisis second opinion: none without a provider, its outcome with one (text and --json)', async () => {
    const plain = cli(ctx.db());
    expect(await decisionsCommand({ show: shadowId }, plain.io)).toBe(0);
    expect(plain.out.stdout).toMatch(/provider\s+none \(local crisis detector only\)/);
    const text = cli(ctx.db());
    expect(await decisionsCommand({ show: providerId }, text.io)).toBe(0);
    expect(text.out.stdout).toMatch(/provider\s+openai-moderation \(omni-moderation-2024-09-26\): timeout in 3001 ms — no answer within 3000 ms; local verdict stands/);
    const json = cli(ctx.db());
    expect(await decisionsCommand({ show: providerId, json: true }, json.io)).toBe(0);
    expect(JSON.parse(json.out.stdout)).toMatchObject({ crisisProvider: { provider: 'openai-moderation', outcome: 'timeout', latencyMs: 3001, raisedTier: false } });
  });

  it('says "Actions taken" for a decision that was written', async () => {
    const { io, out } = cli(ctx.db());
    expect(await decisionsCommand({ show: writtenId }, io)).toBe(0);
    expect(out.stdout).toMatch(/outcome\s+written/);
    expect(out.stdout).toContain('Actions taken');
    expect(out.stdout).not.toContain('shadow');
  });

  it('--json prints the record with its write plan', async () => {
    const { io, out } = cli(ctx.db());
    expect(await decisionsCommand({ show: shadowId, json: true }, io)).toBe(0);
    const detail = JSON.parse(out.stdout) as { id: string; outcome: string; writePlan: { note: { html: string }; fields: Record<string, unknown>; route: { name: string } } };
    expect(detail).toMatchObject({ id: shadowId, outcome: 'shadow', writePlan: { fields: { '360001': 70 } } });
    expect(detail.writePlan.note.html).toContain('<p>');
  });

  it('is wired to the command line: `decisions --show ID --json`', async () => {
    const { io, out } = cli(ctx.db());
    const program = new Command('riskdesk').exitOverride();
    register(program, () => io);
    await program.parseAsync(['node', 'riskdesk', 'decisions', '--show', shadowId, '--json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ id: shadowId, writePlan: { note: { html: expect.any(String) } } });
  });

  it('lists ids first so one can be shown', async () => {
    const { io, out } = cli(ctx.db());
    expect(await decisionsCommand({ ticket: 'cli-1' }, io)).toBe(0);
    expect(out.stdout.startsWith(`${shadowId}  `)).toBe(true);
  });

  it('exit 1 for an unknown id, exit 2 for a malformed one or --show mixed with filters', async () => {
    const unknown = cli(ctx.db());
    expect(await decisionsCommand({ show: '987654321' }, unknown.io)).toBe(1);
    expect(unknown.out.stderr).toMatch(/no decision with id 987654321/);
    const malformed = cli(ctx.db());
    expect(await decisionsCommand({ show: 'abc' }, malformed.io)).toBe(2);
    expect(malformed.out.stderr).toMatch(/--show: must be a decision id/);
    const mixed = cli(ctx.db());
    expect(await decisionsCommand({ show: shadowId, ticket: 'cli-1' }, mixed.io)).toBe(2);
    expect(mixed.out.stderr).toMatch(/leave out --ticket/);
    expect(malformed.out.stdout + mixed.out.stdout).toBe('');
  });
});
