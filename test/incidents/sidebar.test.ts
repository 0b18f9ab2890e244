/**
 * The incident card: read from the store (both databases), carried by the context view, rendered
 * by the Intercom canvas and by the Zendesk app in Chromium (other tickets open through routeTo).
 */
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import express from 'express';
import { chromium, type Browser } from 'playwright-core';
import { parseIncidentsConfig } from '../../src/incidents/config';
import { formIncident } from '../../src/incidents/form-incident';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import { incidentViewOf, type ViewIncident } from '../../src/incidents/view';
import { createLogger } from '../../src/logging/logger';
import { createSidebarContextRouter } from '../../src/server/routes/sidebar-context';
import { renderCanvas } from '../../src/sidebar/canvas/render';
import { toContextView } from '../../src/sidebar/to-context-view';
import { createViewLoader, storedFromDecision } from '../../src/sidebar/view-loader';
import { chromiumExecutable } from '../helpers/chromium';
import { describeEachDb } from '../helpers/test-db';
import { decision, riskContext, ticket } from '../sidebar/fixtures';
import { assetServer, close, installZaf, listen } from '../sidebar/zaf-harness';

const config = parseIncidentsConfig(readFileSync('config/incidents.yaml', 'utf8'));

const card: ViewIncident = {
  id: 'INC-00042',
  status: 'open',
  severity: 'high',
  entity: { type: 'show', id: 'SH-7', label: "@breaker's show 'Friday Night Breaks'" },
  ticketCount: 3,
  firstSeen: '2026-11-20T00:00:00.000Z',
  lastSeen: '2026-11-20T18:00:00.000Z',
  summary: "3 tickets in 18 h about @breaker's show 'Friday Night Breaks', $2,061 at stake — INC-00042",
  ending: null,
  otherTickets: [{ source: 'zendesk', ticket: '4712' }, { source: 'intercom', ticket: '99' }],
  moreTickets: 0,
};
// resolvedBy comes from the helpdesk: the underscores check that the canvas escapes it.
const SOLVED = 'solved in the helpdesk at 2026-11-20T19:00:00.000Z by helpdesk user 77_00_';
const solvedCard: ViewIncident = { ...card, status: 'resolved', ending: SOLVED };

describeEachDb('incident card from the store', (ctx) => {
  it('lists the other tickets of the wave, not the ticket itself', async () => {
    await ctx.db().query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
    for (let k = 1; k <= 4; k += 1) {
      await formIncident(
        ctx.db(),
        { source: k === 4 ? 'intercom' : 'zendesk', ticketId: `s${k}`, requesterKey: `user:s${k}`, intent: 'counterfeit', entities: [{ type: 'seller', id: 'U5', label: '@fakes', group: 'party:U5' }], amountCents: 5000, currency: 'EUR', riskScore: 60, at: new Date(Date.parse('2026-11-20T10:00:00Z') + k * 3_600_000) },
        config,
      );
    }
    const view = await incidentViewOf(ctx.db(), 'zendesk', 's2');
    expect(view).toMatchObject({ status: 'open', ending: null, entity: { type: 'seller', id: 'U5' }, ticketCount: 4, moreTickets: 0 });
    expect(view?.summary).toMatch(/^4 tickets in 3 h about @fakes, €200 at stake — INC-\d{5}$/);
    expect(view?.otherTickets).toEqual([{ source: 'zendesk', ticket: 's1' }, { source: 'zendesk', ticket: 's3' }, { source: 'intercom', ticket: 's4' }]);
    expect(await incidentViewOf(ctx.db(), 'zendesk', 'nope')).toBeNull();

    // Its problem ticket solved in Zendesk: the card says how, when and by whom it ended.
    await ctx.db().query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9401', 'created')", [view?.id]);
    expect(await applyHelpdeskStatus(ctx.db(), { source: 'zendesk', ticketId: '9401', status: 'solved', at: '2026-11-20T19:00:00.000Z', actorId: '7700' })).toMatchObject({ change: 'resolved' });
    expect(await incidentViewOf(ctx.db(), 'zendesk', 's2')).toMatchObject({ status: 'resolved', ending: 'solved in the helpdesk at 2026-11-20T19:00:00.000Z by helpdesk user 7700' });
  });
});

describe('incident card in the views', () => {
  const stored = storedFromDecision(decision(), '2026-11-25T11:58:00Z', 'written', ticket('4711'));
  const base = {
    findDecisions: async () => [stored],
    hydrate: async () => ticket('4711'),
    buildContext: async () => riskContext(),
    decide: () => decision(),
  };

  it('the loader adds the card, and a failing lookup only drops it', async () => {
    expect((await createViewLoader({ ...base, findIncident: async () => card })('zendesk', '4711'))?.incident).toEqual(card);
    const warnings: string[] = [];
    const failing = createViewLoader({ ...base, findIncident: async () => Promise.reject(new Error('db down')), onWarning: (m) => warnings.push(m) });
    expect((await failing('zendesk', '4711'))?.incident).toBeNull();
    expect(warnings).toEqual(['sidebar: incident lookup failed; showing the view without it']);
  });

  it('the Intercom canvas shows the incident and the other tickets', () => {
    const view = { ...toContextView({ source: 'intercom', ticketId: '5', status: 'decided', decision: decision(), context: riskContext(), history: [], actionsStatus: 'taken' }), incident: card };
    const json = JSON.stringify(renderCanvas(view));
    expect(json).toContain('Incident INC-00042 · HIGH · open');
    expect(json).toContain("about @breaker's show 'Friday Night Breaks'");
    expect(json).toContain('Ticket 4712');
    expect(json).toContain('Conversation 99');
    expect(json).not.toContain('Ended');
  });

  it('the Intercom canvas shows how a resolved incident ended, muted, right under its header', () => {
    const base = toContextView({ source: 'intercom', ticketId: '5', status: 'decided', decision: decision(), context: riskContext(), history: [], actionsStatus: 'taken' });
    const components = renderCanvas({ ...base, incident: solvedCard }).canvas.content.components;
    const header = components.findIndex((c) => c.type === 'text' && c.text.startsWith('Incident INC-00042'));
    expect(components[header + 1]).toEqual({ type: 'text', text: `Ended: ${SOLVED.replace(/_/g, '\\_')}`, style: 'muted' });
    // A view built before the field existed has no `ending`: it renders as an open card does.
    const older: ViewIncident = { ...solvedCard };
    Reflect.deleteProperty(older, 'ending');
    const olderJson = JSON.stringify(renderCanvas({ ...base, incident: older }));
    expect(olderJson).toContain('Incident INC-00042 · HIGH · resolved');
    expect(olderJson).not.toContain('Ended');
  });
});

describe('incident card in the Zendesk app', () => {
  const TOKEN = 'incident-sidebar-token-4c1d';
  let browser: Browser;
  let assets: Server;
  let api: Server;
  let assetsUrl = '';
  let apiUrl = '';

  beforeAll(async () => {
    assets = assetServer();
    assetsUrl = await listen(assets);
    const app = express();
    // Ticket 4713 belongs to a resolved incident; every other ticket to the open one.
    const viewOf = (ticketId: string) => ({
      ...toContextView({ source: 'zendesk', ticketId, status: 'decided', decision: decision(), context: riskContext(), history: [], actionsStatus: 'taken' }),
      incident: ticketId === '4713' ? solvedCard : card,
    });
    app.use(createSidebarContextRouter({ token: TOKEN, ratePerMinute: 1000, logger: createLogger('silent'), loadView: async (_source, ticketId) => viewOf(ticketId) }));
    api = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => api.once('listening', resolve));
    const address = api.address();
    apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });

  afterAll(async () => {
    await browser?.close();
    await close(assets);
    await close(api);
  });

  it('shows the card and opens another ticket of the wave through ZAF routeTo', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await installZaf(page, { ticketId: '4711', settings: { riskdesk_url: apiUrl }, secureSettings: { sidebar_token: TOKEN } });
    await page.goto(`${assetsUrl}/iframe.html`);
    await page.waitForSelector('[data-testid="incident"]');
    const box = await page.locator('[data-testid="incident"]').innerText();
    expect(box).toMatch(/Incident INC-00042/i);
    expect(box).toContain("3 tickets in 18 h about @breaker's show 'Friday Night Breaks'");
    expect(box).toContain('Intercom conversation 99');
    expect(box).not.toContain('Ended');
    expect(await page.locator('[data-testid="incident-ending"]').count()).toBe(0);
    await page.locator('[data-ticket-id="4712"]').click();
    const invocations = await page.evaluate(() => (window as unknown as { __zaf: { invocations: unknown[][] } }).__zaf.invocations);
    expect(invocations).toContainEqual(['routeTo', 'ticket']);
    await page.close();
  });

  it('says how a resolved incident ended, muted, between the severity line and the summary', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await installZaf(page, { ticketId: '4713', settings: { riskdesk_url: apiUrl }, secureSettings: { sidebar_token: TOKEN } });
    await page.goto(`${assetsUrl}/iframe.html`);
    // The card is rendered in one go: once it is there, so is its ending (no 30 s wait when it is not).
    await page.waitForSelector('[data-testid="incident"]');
    const ending = page.locator('[data-testid="incident"] [data-testid="incident-ending"]');
    expect(await ending.count()).toBe(1);
    expect(await ending.innerText()).toBe(`Ended: ${SOLVED}`);
    expect(await ending.getAttribute('class')).toBe('muted');
    // Plain text: the helpdesk's words never become markup.
    expect(await ending.evaluate((node) => node.childElementCount)).toBe(0);
    // Title, severity line, ending, summary.
    const parts = await page.locator('[data-testid="incident"] > *').allInnerTexts();
    expect(parts[2]).toBe(`Ended: ${SOLVED}`);
    expect(parts[3]).toContain('3 tickets in 18 h about');
    await page.close();
  });
});
