import { createHmac } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { createLogger } from '../../src/logging/logger';
import { createSidebarCanvasRouter, ticketFromRequest, type SidebarCanvasRouterDeps } from '../../src/server/routes/sidebar-canvas';
import { escapeMarkdown, renderCanvas, renderErrorCanvas } from '../../src/sidebar/canvas/render';
import { canvasResponseSchema, initializeRequestSchema, MAX_CANVAS_BYTES, type CanvasComponent, type CanvasResponse } from '../../src/sidebar/canvas/schemas';
import type { Ticket } from '../../src/domain/ticket';
import type { ContextView } from '../../src/sidebar/context-view';
import { toContextView } from '../../src/sidebar/to-context-view';
import { expectErrorBody } from '../helpers/error-body';
import { crisisDecision, decision, riskContext } from './fixtures';

const SECRET = 'intercom-client-secret-current';
const NEXT_SECRET = 'intercom-client-secret-next-one';

const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');

function view(id: string, crisis = false): ContextView {
  return toContextView({ source: 'intercom', ticketId: id, status: 'decided', decision: crisis ? crisisDecision() : decision(), context: riskContext(), history: [] });
}

function app(overrides: Partial<SidebarCanvasRouterDeps> = {}) {
  const loads: string[] = [];
  const deps: SidebarCanvasRouterDeps = {
    secrets: [SECRET],
    logger: createLogger('silent'),
    loadView: async (_source, id) => {
      loads.push(id);
      if (id === 'unknown') return null;
      return view(id, id === 'crisis');
    },
    ...overrides,
  };
  const server = express();
  server.use(createSidebarCanvasRouter(deps));
  return { server, loads };
}

const initBody = (conversationId: unknown) =>
  JSON.stringify({ workspace_id: 'abc123', admin: { id: '42', name: 'Agent' }, context: { conversation_id: conversationId, location: 'conversation', locale: 'en' }, conversation: {}, contact: { id: 'c1' }, extra_field: { kept: true } });

function post(server: express.Express, path: 'initialize' | 'submit', body: string, signature: string | null = sign(body)) {
  const req = request(server).post(`/sidebar/intercom/${path}`).set('Content-Type', 'application/json');
  return (signature === null ? req : req.set('X-Body-Signature', signature)).send(body);
}

/** Every canvas riskdesk answers must match the Canvas Kit response shape and size. */
function expectCanvas(body: unknown): CanvasResponse {
  const parsed = canvasResponseSchema.safeParse(body);
  if (!parsed.success) throw new Error(`invalid canvas: ${parsed.error.message}`);
  expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(MAX_CANVAS_BYTES);
  return parsed.data;
}

const allText = (canvas: CanvasResponse): string => JSON.stringify(canvas.canvas.content.components);
const hasRefresh = (components: CanvasComponent[]) => components.some((c) => c.type === 'button' && c.id === 'refresh' && c.action.type === 'submit');

describe('Intercom Canvas Kit routes', () => {
  it('answers initialize with the ticket’s facts and a refresh button', async () => {
    const { server, loads } = app();
    const res = await post(server, 'initialize', initBody('123456'));
    expect(res.status).toBe(200);
    const canvas = expectCanvas(res.body);
    const text = allText(canvas);
    expect(text).toContain('Risk: HIGH · 40/100');
    expect(text).toContain('Shares a device with banned account @shadyseller');
    expect(text).toContain('@jane_buyer (u_req)');
    expect(text).toContain('j***@example.com');
    expect(text).toContain('#WN-48213977');
    expect(text).toContain('@shadyseller · BANNED');
    expect(text).toContain('shares device + payment with @cardkingz');
    expect(text).toContain('delivered at: 2026-11-23 10:00 UTC');
    expect(text).not.toContain('jane.doe@');
    expect(text).not.toContain('fp_9f8e');
    expect(hasRefresh(canvas.canvas.content.components)).toBe(true);
    expect(canvas.canvas.content.components.map((c) => c.type)).toEqual(expect.arrayContaining(['text', 'list', 'data-table', 'button', 'divider']));
    expect(loads).toEqual(['123456']);
  });

  it('shows the crisis warning for a crisis conversation', async () => {
    const { server } = app();
    const canvas = expectCanvas((await post(server, 'initialize', initBody('crisis'))).body);
    const error = canvas.canvas.content.components.find((c) => c.type === 'text' && c.style === 'error');
    expect(error).toBeDefined();
    expect(allText(canvas)).toContain('I do not want to live anymore');
  });

  it('re-renders on submit (refresh), taking the id from conversation.id or a numeric context id', async () => {
    const { server, loads } = app();
    const submit = JSON.stringify({ workspace_id: 'abc', component_id: 'refresh', input_values: {}, current_canvas: { content: {} }, context: { location: 'conversation' }, conversation: { id: 777 } });
    expectCanvas((await post(server, 'submit', submit)).body);
    expectCanvas((await post(server, 'initialize', initBody(888))).body);
    expect(loads).toEqual(['777', '888']);
  });

  it('rejects unsigned and wrongly signed requests with 401 and loads nothing', async () => {
    const { server, loads } = app();
    const body = initBody('1');
    const unsigned = await post(server, 'initialize', body, null);
    expect(unsigned.status).toBe(401);
    expectErrorBody(unsigned.body, 'invalid_signature', /X-Body-Signature/);
    expect((await post(server, 'initialize', body, sign(body, 'some-other-secret'))).status).toBe(401);
    expect((await post(server, 'submit', body, sign(`${body} `))).status).toBe(401);
    expect((await post(server, 'initialize', body, 'zz')).status).toBe(401);
    expect(loads).toEqual([]);
  });

  it('accepts either secret during a rotation, and an upper-case hex signature', async () => {
    const { server } = app({ secrets: [SECRET, NEXT_SECRET] });
    const body = initBody('5');
    expect((await post(server, 'initialize', body, sign(body, SECRET))).status).toBe(200);
    expect((await post(server, 'initialize', body, sign(body, NEXT_SECRET).toUpperCase())).status).toBe(200);
  });

  it('answers 503 saying how to configure it when INTERCOM_CLIENT_SECRET is unset', async () => {
    const { server } = app({ secrets: undefined });
    const res = await post(server, 'initialize', initBody('1'));
    expect(res.status).toBe(503);
    expectErrorBody(res.body, 'not_configured', /INTERCOM_CLIENT_SECRET/);
  });

  it('answers an error canvas (200) for an unknown conversation, a missing id or a malformed body', async () => {
    const { server } = app();
    for (const body of [initBody('unknown'), JSON.stringify({ workspace_id: 'a', context: { location: 'conversation' } }), '{not json', JSON.stringify({ context: 'nope' })]) {
      const res = await post(server, 'initialize', body);
      expect(res.status).toBe(200);
      const canvas = expectCanvas(res.body);
      expect(canvas.canvas.content.components.some((c) => c.type === 'text' && c.style === 'error')).toBe(true);
      expect(hasRefresh(canvas.canvas.content.components)).toBe(true);
    }
  });

  it('answers an error canvas (200), never a 500, when loading throws', async () => {
    const { server } = app({
      loadView: async () => {
        throw new Error('risk store exploded');
      },
    });
    const res = await post(server, 'submit', initBody('9'));
    expect(res.status).toBe(200);
    const canvas = expectCanvas(res.body);
    expect(allText(canvas)).toMatch(/could not load/);
    expect(allText(canvas)).not.toContain('exploded');
  });

  it('rejects an oversized body with 413, not a 500', async () => {
    const { server } = app();
    const body = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
    const res = await post(server, 'initialize', body);
    expect(res.status).toBe(413);
    expectErrorBody(res.body, 'payload_too_large', /256 KiB/);
  });
});

describe('the request’s conversation and contact', () => {
  const parse = (body: unknown) => initializeRequestSchema.parse(body);

  it('become the ticket handed to the loader (requester from the contact, customer text from source and parts)', async () => {
    const fallbacks: Array<Ticket | undefined> = [];
    const { server } = app({
      loadView: async (_source, id, fallback) => {
        fallbacks.push(fallback);
        return view(id);
      },
    });
    const body = JSON.stringify({
      context: { conversation_id: 321 },
      conversation: {
        id: 321,
        title: 'Refund?',
        state: 'open',
        tags: { tags: [{ name: 'vip' }, 'junk'] },
        source: { type: 'email', body: '<p>My order &amp; my money</p>', author: { type: 'lead', id: 'c7' } },
        conversation_parts: { conversation_parts: [{ part_type: 'comment', body: '<p>still waiting</p>', author: { type: 'user' } }, { part_type: 'comment', body: '<p>agent reply</p>', author: { type: 'admin' } }, 42] },
      },
      contact: { id: 'c7', email: 'lee@example.com', name: 'Lee', external_id: 'usr_7' },
    });
    expectCanvas((await post(server, 'initialize', body)).body);
    expect(fallbacks[0]).toEqual({
      source: 'intercom',
      id: '321',
      channel: 'email',
      subject: 'Refund?',
      text: 'My order & my money\n\nstill waiting',
      requester: { helpdeskUserId: 'c7', email: 'lee@example.com', name: 'Lee', externalId: 'usr_7' },
      tags: ['vip'],
      status: 'open',
    });
  });

  it('are read tolerantly: unknown fields pass, missing or mistyped pieces are dropped, not the request', () => {
    const request = parse({
      context: { conversation_id: '9' },
      conversation: { id: '9', source: { body: 17, author: 'x' }, conversation_parts: 'nope', contacts: { contacts: [null, { id: 'c1' }] }, brand_new: { a: 1 } },
      contact: { email: 404, name: null, external_id: 77 },
    });
    expect(request.conversation?.source).toEqual({ body: undefined, author: undefined });
    expect(request.conversation?.conversation_parts).toBeUndefined();
    expect(request.contact).toMatchObject({ email: undefined, external_id: '77' });
    expect(ticketFromRequest(request, '9')).toMatchObject({ id: '9', text: '', requester: { externalId: '77', helpdeskUserId: 'c1' } });
    expect(parse({ context: { conversation_id: '1' }, conversation: 'not an object', contact: [] })).toMatchObject({ conversation: undefined, contact: undefined });
  });

  it('give no ticket when they name neither a customer the marketplace can match nor a message, or another conversation', () => {
    expect(ticketFromRequest(parse({ conversation: { id: '5' }, contact: { id: 'c5' } }), '5')).toBeUndefined();
    const other = parse({ context: { conversation_id: '5' }, conversation: { id: '6', source: { body: '<p>hi</p>' } } });
    expect(ticketFromRequest(other, '5')).toBeUndefined();
  });
});

describe('actions wording', () => {
  const headers = (v: ContextView): string[] =>
    renderCanvas(v).canvas.content.components.flatMap((c) => (c.type === 'text' && c.style === 'header' && c.text.startsWith('Actions') ? [c.text] : []));

  it('never says "taken" when nothing was written', () => {
    const base = view('1');
    expect(headers({ ...base, actionsStatus: 'taken' })).toEqual(['Actions taken']);
    expect(headers({ ...base, actionsStatus: 'shadow' })).toEqual(['Actions: shadow — nothing written']);
    expect(headers({ ...base, actionsStatus: 'failed' })).toEqual(['Actions: write-back failed — not confirmed written']);
    expect(headers({ ...base, status: 'preview', actionsStatus: 'proposed' })).toEqual(['Actions riskdesk would take']);
  });
});

describe('renderCanvas', () => {
  it('stays under 64 KB for a huge view by trimming lists', () => {
    const base = view('1');
    const many = <T>(item: T, n: number): T[] => Array.from({ length: n }, () => item);
    const huge: ContextView = {
      ...base,
      risk: { ...base.risk, reasons: many({ ...base.risk.reasons[0], text: 'r'.repeat(300) }, 400) },
      parties: [...base.parties, ...many(base.parties[0], 200)],
      orders: many({ ...base.orders[0], title: 't'.repeat(300) }, 500),
      linkedAccounts: many(base.linkedAccounts[0], 500),
      history: many({ at: '2026-11-25T10:00:00Z', rulesVersion: 'v3', level: 'high' as const, score: 40, intent: 'other' as const, outcome: 'written' }, 500),
    };
    const canvas = expectCanvas(renderCanvas(huge));
    expect(hasRefresh(canvas.canvas.content.components)).toBe(true);
    expect(allText(canvas)).toContain('Risk: HIGH');
    const small = renderCanvas(huge, 6000);
    expect(Buffer.byteLength(JSON.stringify(small))).toBeLessThanOrEqual(6000);
    expectCanvas(small);
  });

  it('renders list item ids uniquely and shows a note for an unknown requester', () => {
    const base = view('1');
    const canvas = expectCanvas(renderCanvas({ ...base, parties: [], requesterId: null, requesterNote: 'no user with email *j***@x.example*' }));
    const ids = canvas.canvas.content.components.flatMap((c) => (c.type === 'list' ? c.items.map((i) => i.id) : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(allText(canvas)).toContain('no user with email \\\\*j\\\\*\\\\*\\\\*@x.example\\\\*');
  });

  it('escapes Markdown so ticket text cannot become a link', () => {
    expect(escapeMarkdown('[click](http://evil.example) *bold* _it_')).toBe('\\[click\\](http://evil.example) \\*bold\\* \\_it\\_');
    expectCanvas(renderErrorCanvas('x'.repeat(10_000)));
  });
});
