/**
 * The Zendesk sidebar's "Teach riskdesk" section in Chromium: the buttons post labels through
 * Zendesk's proxy (the token substituted by the proxy, never in the page) to the real feedback
 * router over an embedded database.
 */
jest.setTimeout(180_000);
import type { Server } from 'node:http';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listLabels } from '../../src/learning/labels/label-store';
import { createLogger } from '../../src/logging/logger';
import { createFeedbackRouter } from '../../src/server/routes/feedback';
import { createSidebarContextRouter } from '../../src/server/routes/sidebar-context';
import { toContextView } from '../../src/sidebar/to-context-view';
import { chromiumExecutable } from '../helpers/chromium';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { decision, riskContext } from '../sidebar/fixtures';
import { assetServer, close, installZaf, listen, type ProxiedRequest } from '../sidebar/zaf-harness';
import { recordDecided, SNAPSHOT_KEY } from './support';

const TOKEN = 'browser-feedback-token-81d3';
let browser: Browser;
let assets: Server;
let api: Server;
let assetsUrl: string;
let apiUrl: string;
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb('pglite');
  await recordDecided(testDb.db, { ticketId: '4711', intent: 'item_not_received' });
  assets = assetServer();
  assetsUrl = await listen(assets);
  const app = express();
  const logger = createLogger('silent');
  app.use(createFeedbackRouter({ db: testDb.db, token: TOKEN, logger, snapshotKey: SNAPSHOT_KEY }));
  app.use(
    createSidebarContextRouter({
      token: TOKEN,
      ratePerMinute: 1000,
      logger,
      loadView: async (_s, id) => toContextView({ source: 'zendesk', ticketId: id, status: id === 'preview' ? 'preview' : 'decided', decision: decision(), context: riskContext(), history: [], actionsStatus: 'taken' }),
    }),
  );
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
  await testDb?.cleanup();
});

async function openSidebar(ticketId: string): Promise<{ page: Page; proxied: ProxiedRequest[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 1000 } });
  const proxied = await installZaf(page, { ticketId, settings: { riskdesk_url: apiUrl }, secureSettings: { sidebar_token: TOKEN } });
  await page.goto(`${assetsUrl}/iframe.html`);
  await page.waitForFunction(() => document.getElementById('refresh')?.hasAttribute('disabled') === false);
  return { page, proxied };
}

const statusText = (page: Page) => page.locator('[data-testid="feedback-status"]').innerText();

describe('Zendesk sidebar: Teach riskdesk', () => {
  it('records an intent correction with a comment, and a crisis flag, as the current agent', async () => {
    const { page, proxied } = await openSidebar('4711');
    await page.selectOption('[data-testid="feedback-intent"]', 'counterfeit');
    await page.fill('[data-testid="feedback-comment"]', 'fake PSA slab');
    await page.click('[data-testid="feedback-set-intent"]');
    await page.waitForFunction(() => /Thanks/.test(document.querySelector('[data-testid="feedback-status"]')?.textContent ?? ''));
    expect(await statusText(page)).toContain('counterfeit');
    await page.click('[data-testid="feedback-crisis"]');
    await page.waitForFunction(() => /crisis/.test(document.querySelector('[data-testid="feedback-status"]')?.textContent ?? ''));
    const labels = await listLabels(testDb.db);
    expect(labels.map((l) => [l.kind, l.intent, l.agent, l.comment])).toEqual([
      ['intent', 'counterfeit', '9001', 'fake PSA slab'],
      ['crisis', null, '9001', 'fake PSA slab'],
    ]);
    const posts = proxied.filter((p) => p.url.endsWith('/api/feedback'));
    expect(posts).toHaveLength(2);
    expect(posts[0]?.headers.Authorization).toBe('Bearer {{setting.sidebar_token}}');
    expect(await page.content()).not.toContain(TOKEN);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('says why a label was not recorded, and offers no buttons on a preview', async () => {
    const unknown = await openSidebar('never-decided');
    await unknown.page.click('[data-testid="feedback-not-crisis"]');
    await unknown.page.waitForFunction(() => /Not recorded/.test(document.querySelector('[data-testid="feedback-status"]')?.textContent ?? ''));
    expect(await statusText(unknown.page)).toMatch(/404.*no decision/);
    await unknown.page.close();
    const preview = await openSidebar('preview');
    expect(await preview.page.locator('[data-testid="feedback"]').count()).toBe(0);
    await preview.page.close();
  });
});
