/** The Intercom Canvas Kit app's "Teach riskdesk" buttons record labels by the clicking admin — on PGlite and PostgreSQL. */
jest.setTimeout(180_000);
import { createHmac } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { createCanvasFeedback } from '../../src/learning/canvas/canvas-feedback';
import { listLabels } from '../../src/learning/labels/label-store';
import { createLogger } from '../../src/logging/logger';
import { createSidebarCanvasRouter } from '../../src/server/routes/sidebar-canvas';
import { canvasResponseSchema, MAX_CANVAS_BYTES, type CanvasResponse } from '../../src/sidebar/canvas/schemas';
import { toContextView } from '../../src/sidebar/to-context-view';
import { describeEachDb } from '../helpers/test-db';
import { decision, riskContext } from '../sidebar/fixtures';
import { recordDecided, SNAPSHOT_KEY } from './support';

const SECRET = 'intercom-client-secret-learning';
const sign = (body: string) => createHmac('sha256', SECRET).update(body).digest('hex');

function expectCanvas(body: unknown): CanvasResponse {
  const parsed = canvasResponseSchema.safeParse(body);
  if (!parsed.success) throw new Error(`invalid canvas: ${parsed.error.message}`);
  expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(MAX_CANVAS_BYTES);
  return parsed.data;
}

describeEachDb('Canvas Kit: Teach riskdesk', (ctx) => {
  let server: express.Express;
  beforeAll(async () => {
    await recordDecided(ctx.db(), { ticketId: 'cv-1', source: 'intercom', intent: 'item_not_received' });
    server = express();
    server.use(
      createSidebarCanvasRouter({
        secrets: [SECRET],
        logger: createLogger('silent'),
        loadView: async (_s, id) => toContextView({ source: 'intercom', ticketId: id, status: id === 'preview' ? 'preview' : 'decided', decision: decision(), context: riskContext(), history: [] }),
        feedback: createCanvasFeedback(ctx.db(), { snapshotKey: SNAPSHOT_KEY }),
      }),
    );
  });

  const post = (path: 'initialize' | 'submit', payload: Record<string, unknown>) => {
    const body = JSON.stringify({ workspace_id: 'w1', admin: { id: '4242' }, context: { conversation_id: 'cv-1' }, ...payload });
    return request(server).post(`/sidebar/intercom/${path}`).set('Content-Type', 'application/json').set('X-Body-Signature', sign(body)).send(body).expect(200);
  };
  const ids = (canvas: CanvasResponse) => canvas.canvas.content.components.map((c) => ('id' in c ? c.id : undefined)).filter(Boolean);

  it('shows the buttons and the comment box under a decided conversation, none on a preview', async () => {
    const canvas = expectCanvas((await post('initialize', {})).body);
    expect(ids(canvas)).toEqual(expect.arrayContaining(['refresh', 'rd_fb_pick_intent', 'rd_fb_crisis', 'rd_fb_not_crisis', 'rd_fb_risk_too_high', 'rd_fb_risk_too_low', 'rd_fb_comment']));
    const preview = expectCanvas((await post('initialize', { context: { conversation_id: 'preview' } })).body);
    expect(ids(preview)).not.toContain('rd_fb_crisis');
  });

  it('"Intent wrong?" opens the 12-intent picker; choosing one records the label with the comment', async () => {
    const picker = expectCanvas((await post('submit', { component_id: 'rd_fb_pick_intent', input_values: { rd_fb_comment: 'fake slab' } })).body);
    const list = picker.canvas.content.components.find((c) => c.type === 'list');
    expect(list && list.type === 'list' ? list.items.map((i) => i.id) : []).toHaveLength(12);
    const done = expectCanvas((await post('submit', { component_id: 'rd_fb_intent__counterfeit', input_values: { rd_fb_comment: 'fake slab' } })).body);
    expect(JSON.stringify(done)).toContain('Thanks: recorded intent counterfeit');
    expect((await listLabels(ctx.db())).map((l) => [l.kind, l.intent, l.agent, l.source, l.comment])).toEqual([['intent', 'counterfeit', '4242', 'intercom', 'fake slab']]);
  });

  it('records "This is a crisis"; says so when the conversation was never decided; ignores the Refresh button', async () => {
    await post('submit', { component_id: 'rd_fb_crisis' });
    expect((await listLabels(ctx.db())).filter((l) => l.kind === 'crisis')).toHaveLength(1);
    const unknown = expectCanvas((await post('submit', { component_id: 'rd_fb_not_crisis', context: { conversation_id: 'cv-none' } })).body);
    expect(JSON.stringify(unknown)).toContain('Not recorded: riskdesk has not decided this conversation yet');
    await post('submit', { component_id: 'refresh' });
    expect(await listLabels(ctx.db())).toHaveLength(2);
  });
});
