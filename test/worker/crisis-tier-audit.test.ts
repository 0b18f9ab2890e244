/**
 * The two crisis tiers through the pipeline into the audit trail, and out again: the decisions
 * API (list filter and detail), `riskdesk decisions` (list filter, --show) and the tier metric.
 * Crisis results are injected through decide()'s detectCrisis option.
 */
import express from 'express';
import request from 'supertest';
import { findDecisions } from '../../src/audit/decision-store';
import type { CliIo } from '../../src/cli/cli-io';
import { decisionsCommand } from '../../src/cli/commands/decisions';
import type { Ticket } from '../../src/domain/ticket';
import { createLogger } from '../../src/logging/logger';
import { createMetrics } from '../../src/metrics/metrics';
import { processTicket } from '../../src/pipeline/process-ticket';
import { newTrace, type PipelineDeps } from '../../src/pipeline/types';
import type { RiskContext } from '../../src/risk/types';
import { composeApp } from '../../src/runtime/compose-app';
import { NO_CRISIS } from '../../src/triage/crisis/result';
import { decide } from '../../src/triage/decide';
import { loadHelplines } from '../../src/triage/helplines';
import { loadRules } from '../../src/triage/rules/load-rules';
import type { CrisisResult } from '../../src/triage/types';
import { describeEachDb } from '../helpers/test-db';

const TOKEN = 'admin-token-0123456789';
const rules = loadRules('config/rules.yaml');
const helplines = loadHelplines('config/helplines.yaml');

const context = (): RiskContext => ({
  requester: null,
  requesterNote: 'not matched',
  parties: [],
  orders: [],
  mentions: { orderIds: [], handles: [], trackingNumbers: [] },
  score: 10,
  level: 'low',
  reasons: [],
  computedAt: new Date().toISOString(),
});

/** The ticket text says which tier the injected detector returns. */
function detect(text: string): CrisisResult {
  const evidence = [{ excerpt: 'he reads my messages', kind: 'controlling_partner', category: 'domestic_abuse' as const, language: 'en' as const, source: 'provider' as const }];
  if (text.includes('[review]')) return { crisis: false, crisisReview: true, category: 'domestic_abuse', score: 0.4, evidence };
  if (text.includes('[crisis]')) return { crisis: true, crisisReview: false, category: 'self_harm', score: 0.9, evidence: [{ ...evidence[0], category: 'self_harm', source: 'local', excerpt: 'I cut myself' }] };
  return NO_CRISIS;
}

function cli(db: CliIo['db']) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { env: {}, stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, setExitCode: () => undefined, ...(db ? { db } : {}) };
  return { io, out };
}

describeEachDb('crisis tiers in the audit trail, API, CLI and metrics', (ctx) => {
  const metrics = createMetrics({ defaultMetrics: false });
  let app: express.Express;
  let reviewId = '';

  beforeAll(async () => {
    const deps: PipelineDeps = {
      db: ctx.db(),
      rules: { current: () => rules },
      adapters: {},
      mode: 'shadow',
      buildContext: async () => context(),
      decide: (ticket: Ticket, c, r) => decide({ ...ticket, locale: 'en-IE' }, c, r, { detectCrisis: detect, helplines }),
      detectCrisis: detect,
      logger: createLogger('silent'),
      metrics,
      riskFields: () => ({}),
    };
    for (const [ticketId, text] of [['t-review', 'Please cancel before he sees it [review]'], ['t-crisis', 'I cut myself [crisis]'], ['t-plain', 'Where is my parcel?']]) {
      const input = { source: 'zendesk' as const, ticketId, fallback: { subject: 'Order', text }, eventIds: [`e-${ticketId}`], crisisHint: false, jobId: `job-${ticketId}`, attempt: 1 };
      await processTicket(input, deps, newTrace());
    }
    reviewId = (await findDecisions(ctx.db(), 'zendesk', 't-review', 1))[0]?.id ?? '';
    app = express();
    composeApp({ db: ctx.db(), metrics, adminToken: TOKEN })(app);
  });

  it('records the tier and category of each decision', async () => {
    const rows = await findDecisions(ctx.db(), 'zendesk', null, 10);
    const byTicket = Object.fromEntries(rows.map((r) => [r.ticketId, [r.crisis, r.crisisReview, r.crisisCategory, r.actions?.route, r.actions?.priority]]));
    expect(byTicket).toEqual({
      't-review': [false, true, 'domestic_abuse', 'trust_safety_senior', 'high'],
      't-crisis': [true, false, 'self_harm', 'crisis', 'urgent'],
      't-plain': [false, false, null, 'general_support', 'normal'],
    });
  });

  it('GET /api/decisions filters on crisisReview and GET /api/decisions/{id} shows the tier, with the banner in the plan', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const review = await request(app).get('/api/decisions?crisisReview=true').set(auth).expect(200);
    expect(review.body.decisions.map((d: { ticketId: string }) => d.ticketId)).toEqual(['t-review']);
    const others = await request(app).get('/api/decisions?crisisReview=false').set(auth).expect(200);
    expect(others.body.decisions.map((d: { ticketId: string }) => d.ticketId).sort()).toEqual(['t-crisis', 't-plain']);
    const bad = await request(app).get('/api/decisions?crisisReview=yes').set(auth).expect(400);
    expect(bad.body.error.fields).toEqual(['crisisReview']);
    const detail = await request(app).get(`/api/decisions/${reviewId}`).set(auth).expect(200);
    expect(detail.body).toMatchObject({ crisis: false, crisisReview: true, crisisCategory: 'domestic_abuse' });
    expect(detail.body.writePlan.note.html).toMatch(/^<p><b>⚠ Read for safety first — possible danger \(Domestic abuse\)/);
    expect(detail.body.writePlan.note.html).toContain("Women's Aid".replace("'", '&#39;'));
    expect(detail.body.writePlan.tags).toEqual(expect.arrayContaining(['riskdesk_crisis_review', 'riskdesk_crisis_domestic_abuse']));
  });

  it('riskdesk decisions --crisis-review lists only review tickets; --show names the tier', async () => {
    const list = cli(ctx.db());
    expect(await decisionsCommand({ crisisReview: true }, list.io)).toBe(0);
    const lines = list.out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('zendesk/t-review');
    expect(lines[0]).toContain('crisis=false review=true category=domestic_abuse route=trust_safety_senior');
    const show = cli(ctx.db());
    expect(await decisionsCommand({ show: reviewId }, show.io)).toBe(0);
    expect(show.out.stdout).toMatch(/crisis\s+REVIEW — possible danger, read for safety first \(domestic_abuse\)/);
    const bad = cli(ctx.db());
    expect(await decisionsCommand({ show: reviewId, crisisReview: true }, bad.io)).toBe(2);
    expect(bad.out.stderr).toContain('--crisis-review');
  });

  it('counts decisions by tier and category', async () => {
    const text = (await request(app).get('/metrics').expect(200)).text;
    expect(text).toContain('riskdesk_crisis_decisions_total{source="zendesk",tier="review",category="domestic_abuse"} 1');
    expect(text).toContain('riskdesk_crisis_decisions_total{source="zendesk",tier="crisis",category="self_harm"} 1');
  });
});
