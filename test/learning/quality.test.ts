/** Measuring against agent labels: `model eval`, GET /api/model/quality and the /metrics agreement — on PGlite and PostgreSQL. */
jest.setTimeout(180_000);
import express from 'express';
import request from 'supertest';
import { modelEvalCommand } from '../../src/cli/commands/model-eval';
import type { CliIo } from '../../src/cli/cli-io';
import { recordLabel } from '../../src/learning/labels/record-label';
import { qualityOf } from '../../src/learning/measure/quality';
import { createLearningMetrics } from '../../src/learning/runtime/learning-metrics';
import { createLogger } from '../../src/logging/logger';
import { createMetrics } from '../../src/metrics/metrics';
import { createMetricsRouter } from '../../src/server/routes/metrics';
import { createModelQualityRouter } from '../../src/server/routes/model-quality';
import type { Db } from '../../src/store/db';
import { expectErrorBody } from '../helpers/error-body';
import { describeEachDb } from '../helpers/test-db';
import { recordDecided, SNAPSHOT_KEY } from './support';

const ADMIN = 'admin-token-quality-0123';

function cliIo(db: Db): CliIo & { out: string[]; err: string[]; code: number } {
  const io = { env: {}, out: [] as string[], err: [] as string[], code: -1, db, stdout: { write: (t: string) => io.out.push(t) }, stderr: { write: (t: string) => io.err.push(t) }, setExitCode: (c: number) => void (io.code = c) };
  return io;
}

describe('qualityOf', () => {
  it('computes per-intent precision/recall, the confusion matrix, crisis recall/precision and agreement', () => {
    const r = qualityOf([
      { kind: 'intent', intent: 'counterfeit', predictedIntent: 'item_not_as_described', predictedFlag: false, agrees: false },
      { kind: 'intent', intent: 'counterfeit', predictedIntent: 'counterfeit', predictedFlag: false, agrees: true },
      { kind: 'intent', intent: 'item_not_as_described', predictedIntent: 'item_not_as_described', predictedFlag: false, agrees: true },
      { kind: 'crisis', intent: null, predictedIntent: 'other', predictedFlag: false, agrees: false },
      { kind: 'crisis', intent: null, predictedIntent: 'other', predictedFlag: true, agrees: true },
      { kind: 'not_crisis', intent: null, predictedIntent: 'other', predictedFlag: true, agrees: false },
      { kind: 'risk_too_high', intent: null, predictedIntent: 'other', predictedFlag: false, agrees: false },
    ]);
    const counterfeit = r.intents.find((i) => i.intent === 'counterfeit');
    expect(counterfeit).toMatchObject({ support: 2, predicted: 1, precision: 1, recall: 0.5 });
    expect(r.intents.find((i) => i.intent === 'item_not_as_described')).toMatchObject({ support: 1, predicted: 2, precision: 0.5, recall: 1 });
    const row = r.confusion.labels.indexOf('counterfeit');
    const col = r.confusion.labels.indexOf('item_not_as_described');
    expect(r.confusion.matrix[row]?.[col]).toBe(1);
    expect(r.crisis).toMatchObject({ recall: 0.5, precision: 0.5, truePositives: 1, falseNegatives: 1, falsePositives: 1 });
    expect(r.agreement).toMatchObject({ agree: 3, total: 7 });
    expect(r.agreement.byKind.intent).toEqual({ agree: 2, total: 3, rate: 0.6667 });
  });
});

describeEachDb('quality against stored labels', (ctx) => {
  let app: express.Express;
  const metrics = createMetrics({ defaultMetrics: false });
  beforeAll(async () => {
    const db = ctx.db();
    const learning = createLearningMetrics(metrics.registry, db);
    await recordDecided(db, { ticketId: 'q-1', intent: 'item_not_as_described' });
    await recordDecided(db, { ticketId: 'q-2', intent: 'counterfeit' });
    await recordDecided(db, { ticketId: 'q-3', crisis: false });
    await recordDecided(db, { ticketId: 'q-4', crisisReview: true });
    const label = async (ticketId: string, kind: 'intent' | 'crisis' | 'not_crisis', intent?: 'counterfeit') => {
      const r = await recordLabel(db, { source: 'zendesk', ticketId, agent: 'a1', kind, intent, origin: 'sidebar' }, { snapshotKey: SNAPSHOT_KEY });
      if (r) learning.labelRecorded(r.label);
    };
    await label('q-1', 'intent', 'counterfeit');
    await label('q-2', 'intent', 'counterfeit');
    await label('q-3', 'crisis');
    await label('q-4', 'crisis');
    app = express();
    app.use(createModelQualityRouter({ db, adminToken: ADMIN, logger: createLogger('silent'), liveVersion: () => 'corpus' }));
    app.use(createMetricsRouter(metrics));
  });

  it('GET /api/model/quality answers the report for the admin token only', async () => {
    await request(app).get('/api/model/quality').expect(401);
    const res = await request(app).get('/api/model/quality').set('Authorization', `Bearer ${ADMIN}`).expect(200);
    expect(res.body).toMatchObject({ liveModel: 'corpus', labels: 4, agreement: { agree: 2, total: 4, rate: 0.5 }, crisis: { recall: 0.5, truePositives: 1, falseNegatives: 1 } });
    expect(res.body.intents.find((i: { intent: string }) => i.intent === 'counterfeit')).toMatchObject({ support: 2, predicted: 1, precision: 1, recall: 0.5 });
    const bad = await request(app).get('/api/model/quality?since=yesterday').set('Authorization', `Bearer ${ADMIN}`).expect(400);
    expectErrorBody(bad.body, 'invalid_query', /since/);
    const future = await request(app).get('/api/model/quality?since=2999-01-01').set('Authorization', `Bearer ${ADMIN}`).expect(200);
    expect(future.body.labels).toBe(0);
  });

  it('riskdesk model eval prints the same as text and JSON; a bad --since is exit 2', async () => {
    const text = cliIo(ctx.db());
    expect(await modelEvalCommand({}, text)).toBe(0);
    const out = text.out.join('');
    expect(out).toMatch(/agreement:\s+50\.0% \(2\/4\)/);
    expect(out).toMatch(/crisis: recall\s+50\.0%/);
    expect(out).toMatch(/counterfeit\s+2\s+1\s+100\.0%\s+50\.0%/);
    expect(out).toContain('confusion (rows: agent label, columns: riskdesk)');
    const json = cliIo(ctx.db());
    expect(await modelEvalCommand({ json: true }, json)).toBe(0);
    expect(JSON.parse(json.out.join(''))).toMatchObject({ labels: 4, agreement: { rate: 0.5 } });
    const bad = cliIo(ctx.db());
    expect(await modelEvalCommand({ since: 'soon' }, bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/--since: must be a date/);
  });

  it('/metrics carries the agreement counters and ratio', async () => {
    const text = (await request(app).get('/metrics').expect(200)).text;
    expect(text).toMatch(/riskdesk_labels_total\{source="zendesk",kind="intent",origin="sidebar",agreement="agree"\} 1/);
    expect(text).toMatch(/riskdesk_labels_total\{source="zendesk",kind="crisis",origin="sidebar",agreement="disagree"\} 1/);
    expect(text).toMatch(/riskdesk_label_agreement_ratio\{kind="all"\} 0\.5/);
  });
});
