/**
 * The Zendesk sidebar page in a real browser (Chromium via playwright-core, found by
 * test/helpers/chromium.ts): the app's assets are served on loopback, Zendesk is played by
 * zaf-harness, and the API behind the proxy is the real context router with a seeded loader.
 * Screenshots land in test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createLogger } from '../../src/logging/logger';
import { chromiumExecutable } from '../helpers/chromium';
import { createSidebarContextRouter } from '../../src/server/routes/sidebar-context';
import type { ContextView } from '../../src/sidebar/context-view';
import { toContextView } from '../../src/sidebar/to-context-view';
import { storedFromDecision, toHistoryEntry } from '../../src/sidebar/view-loader';
import { crisisDecision, decision, reviewDecision, riskContext } from './fixtures';
import { assetServer, close, installZaf, listen, type ProxiedRequest } from './zaf-harness';

const TOKEN = 'browser-test-sidebar-token-5f2c9a';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

let score = 40;
function seeded(ticketId: string): ContextView | null {
  if (ticketId === 'unknown') return null;
  if (ticketId === 'broken') throw new Error('risk store down');
  const crisis = ticketId === 'crisis';
  const review = ticketId === 'review';
  const context = riskContext();
  context.score = score;
  const shadow = ticketId === 'shadow';
  const history = [toHistoryEntry(storedFromDecision(decision(), '2026-11-25T11:58:00Z', shadow ? 'shadow' : 'written'))];
  return toContextView({ source: 'zendesk', ticketId, status: 'decided', decision: crisis ? crisisDecision() : review ? reviewDecision() : decision(), context, history, actionsStatus: shadow ? 'shadow' : 'taken' });
}

let browser: Browser;
let assets: Server;
let api: Server;
let assetsUrl: string;
let apiUrl: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  assets = assetServer();
  assetsUrl = await listen(assets);
  const app = express();
  app.use(createSidebarContextRouter({ token: TOKEN, ratePerMinute: 1000, logger: createLogger('silent'), loadView: async (_s, id) => seeded(id) }));
  api = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => api.once('listening', resolve));
  const address = api.address();
  apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await close(assets);
  await close(api);
});

async function openSidebar(ticketId: string, token = TOKEN): Promise<{ page: Page; proxied: ProxiedRequest[]; browserUrls: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const browserUrls: string[] = [];
  page.on('request', (req) => browserUrls.push(`${req.url()} ${JSON.stringify(req.headers())}`));
  const proxied = await installZaf(page, { ticketId, settings: { riskdesk_url: apiUrl }, secureSettings: { sidebar_token: token } });
  await page.goto(`${assetsUrl}/iframe.html`);
  await page.waitForFunction(() => document.getElementById('refresh')?.hasAttribute('disabled') === false);
  return { page, proxied, browserUrls };
}

const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).innerText();

describe('Zendesk sidebar page', () => {
  afterEach(() => {
    score = 40;
  });

  it('shows the seeded ticket’s facts at 320px, with the token only ever substituted by the proxy', async () => {
    const { page, proxied, browserUrls } = await openSidebar('4711');
    expect(await text(page, 'risk-badge')).toMatch(/high 40\/100/i);
    const reasons = await text(page, 'reasons');
    expect(reasons).toContain('Shares a device with banned account @shadyseller');
    expect(reasons).toContain('+40');
    const requester = await text(page, 'requester-card');
    expect(requester).toContain('@jane_buyer');
    expect(requester).toContain('j***@example.com');
    expect(requester).toContain('2 chargebacks');
    expect(requester).toContain('1 refund ·');
    expect(await text(page, 'party-card')).toContain('@cardkingz');
    expect(await text(page, 'orders')).toContain('#WN-48213977 · PSA 10 Charizard 1999 Base Set');
    expect(await text(page, 'orders')).toMatch(/INR dispute open/);
    const linked = await text(page, 'linked');
    expect(linked).toContain('@shadyseller');
    expect(linked.toLowerCase()).toContain('banned');
    expect(linked).toContain('shares device + payment with @cardkingz');
    expect(await text(page, 'history')).toContain('written');
    expect(await page.locator('[data-testid="actions"] h2').textContent()).toBe('Actions taken');
    expect(await page.locator('[data-testid="crisis-banner"]').count()).toBe(0);

    // Readable at the sidebar's width: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const invocations = await page.evaluate(() => (window as unknown as { __zaf: { invocations: unknown[][] } }).__zaf.invocations);
    expect(invocations.some(([name]) => name === 'resize')).toBe(true);

    // The page asked for the placeholder; only the proxy (Node) knew the token.
    expect(proxied).toHaveLength(1);
    expect(proxied[0]).toEqual({ url: `${apiUrl}/api/context?source=zendesk&ticket=4711`, headers: { Authorization: 'Bearer {{setting.sidebar_token}}' }, secure: true });
    expect(await page.content()).not.toContain(TOKEN);
    expect(browserUrls.join('\n')).not.toContain(TOKEN);
    expect(browserUrls.every((u) => u.startsWith(assetsUrl) || u.startsWith('https://static.zdassets.com/'))).toBe(true);

    await page.screenshot({ path: path.join(ARTIFACTS, 'zendesk-sidebar-seeded.png'), fullPage: true });
    await page.close();
  });

  it('refreshes on demand', async () => {
    const { page, proxied } = await openSidebar('4711');
    score = 77;
    await page.click('#refresh');
    await page.waitForFunction(() => /77/.test(document.querySelector('[data-testid="risk-badge"]')?.textContent ?? ''));
    expect(proxied).toHaveLength(2);
    await page.close();
  });

  it('says "shadow — nothing written" instead of "Actions taken" in shadow mode', async () => {
    const { page } = await openSidebar('shadow');
    const actions = page.locator('[data-testid="actions"]');
    // textContent: the stylesheet upper-cases headings on screen.
    expect(await actions.locator('h2').textContent()).toBe('Actions: shadow — nothing written');
    expect(await actions.innerText()).toContain('tns_escalations');
    expect(await page.locator('body').textContent()).not.toContain('Actions taken');
    expect(await text(page, 'reasons')).toContain('+40');
    await page.screenshot({ path: path.join(ARTIFACTS, 'zendesk-sidebar-shadow.png'), fullPage: true });
    await page.close();
  });

  it('shows the crisis banner for a crisis ticket', async () => {
    const { page } = await openSidebar('crisis');
    const banner = page.locator('[data-testid="crisis-banner"]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain('I do not want to live anymore');
    expect(await banner.getAttribute('role')).toBe('alert');
    await page.screenshot({ path: path.join(ARTIFACTS, 'zendesk-sidebar-crisis.png'), fullPage: true });
    await page.close();
  });

  it('shows "Read for safety first" at the top for a review ticket, with evidence, helplines and guidance as text', async () => {
    const { page } = await openSidebar('review');
    const banner = page.locator('[data-testid="review-banner"]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await page.locator('[data-testid="crisis-banner"]').count()).toBe(0);
    // The banner is the first thing in the sidebar, above the risk badge.
    const first = await page.evaluate(() => document.querySelector('[data-testid="review-banner"]')?.parentElement?.firstElementChild?.getAttribute('data-testid'));
    expect(first).toBe('review-banner');
    const bannerBox = await banner.boundingBox();
    const badgeBox = await page.locator('[data-testid="risk-badge"]').boundingBox();
    expect((bannerBox?.y ?? 1e9) < (badgeBox?.y ?? 0)).toBe(true);
    const shown = await banner.innerText();
    expect(shown).toMatch(/Read for safety first — possible danger \(domestic abuse\)/i);
    const evidence = await text(page, 'safety-evidence');
    expect(evidence).toContain('he reads my messages <img src=x onerror="window.__pwned=1">');
    expect(evidence.toLowerCase()).toContain('domestic abuse · en · provider second opinion');
    expect(await page.locator('[data-testid="review-banner"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const lines = await text(page, 'helplines');
    expect(lines).toContain("Crisis lines — United Kingdom (GB, requester's country)");
    expect(lines).toContain('Refuge National Domestic Abuse Helpline: 0808 2000 247');
    expect(lines).toContain('Emergency: 999');
    expect(await text(page, 'safety-guidance')).toContain('Ask whether it is safe to reply in this channel');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'zendesk-sidebar-review.png'), fullPage: true });
    await page.close();
  });

  it('shows the error state when the API fails', async () => {
    const { page } = await openSidebar('broken');
    const state = page.locator('#state');
    expect(await state.getAttribute('data-state')).toBe('error');
    expect(await state.innerText()).toMatch(/riskdesk is unavailable \(could not load the ticket context right now; retry in a moment\)/);
    expect(await page.locator('[data-testid="risk-badge"]').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'zendesk-sidebar-error.png'), fullPage: true });
    await page.close();
  });

  it('explains a rejected token and an unknown ticket', async () => {
    const wrong = await openSidebar('4711', 'not-the-token');
    expect(await wrong.page.locator('#state').innerText()).toMatch(/rejected the sidebar token/);
    await wrong.page.close();
    const unknown = await openSidebar('unknown');
    expect(await unknown.page.locator('#state').getAttribute('data-state')).toBe('empty');
    expect(await unknown.page.locator('#state').innerText()).toMatch(/No riskdesk context for this ticket yet/);
    await unknown.page.close();
  });
});
