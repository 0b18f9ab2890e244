/**
 * The dashboard in Chromium (playwright-core, test/helpers/chromium.ts) against the real routers,
 * a seeded PGlite audit trail and a real BullMQ queue: sign-in (a wrong token refused), every
 * page rendering the seeded data, charts drawn, the CSP holding (no violations), the note never
 * executed, an incident's ending in the server's words with its time in the reader's time zone.
 * Screenshots at 1280 px land in test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import { Redis } from 'ioredis';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createIntakeQueue, type IntakeQueue } from '../../jobs/intake-queue';
import { applyHelpdeskStatus } from '../../src/incidents/helpdesk-status';
import { createMetrics } from '../../src/metrics/metrics';
import { composeApp } from '../../src/runtime/compose-app';
import { dashboardSignInUrl } from '../../src/dashboard/demo-url';
import { chromiumExecutable } from '../helpers/chromium';
import { deletePrefix, TEST_REDIS_URL } from '../helpers/redis-cleanup';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { seedDashboard, seedIncident } from './seed';

const TOKEN = 'dashboard-browser-token-7c1e5a';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const PREFIX = `test-dashboard-${process.pid}`;

let testDb: TestDb;
let redis: Redis;
let queue: IntakeQueue;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  testDb = await createTestDb('pglite');
  await seedDashboard(testDb.db);
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  queue = createIntakeQueue(redis, PREFIX);
  const app = express();
  composeApp({ db: testDb.db, metrics: createMetrics({ defaultMetrics: false }), adminToken: TOKEN })(app, { queue, redis, watchErrors: (source) => void source.on('error', () => undefined) });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await queue?.close();
  await deletePrefix(PREFIX);
  redis?.disconnect();
  await testDb?.cleanup();
});

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function newSession(options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/fonts\.googleapis/.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

async function signIn(page: Page, token = TOKEN): Promise<void> {
  await page.goto(`${base}/dashboard/login`);
  await page.getByLabel('Admin token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
}

const ready = (page: Page) => page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

/** True when the chart on `id` has datasets and painted pixels. */
async function chartDrawn(page: Page, id: string): Promise<boolean> {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement | null;
    const chart = (window as unknown as { Chart?: { getChart(c: HTMLCanvasElement): { data: { datasets: unknown[] } } | undefined } }).Chart?.getChart(canvas as HTMLCanvasElement);
    const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
    return Boolean(chart && chart.data.datasets.length > 0 && painted > 500);
  }, id);
}

describe('dashboard in Chromium', () => {
  it('sends a visitor without a session to sign in, and refuses a wrong token', async () => {
    const { context, page } = await newSession();
    const first = await page.goto(`${base}/dashboard/sla`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    expect(first?.status()).toBe(200);
    await page.getByLabel('Admin token').fill('not-the-token');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/dashboard/login') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(answer.status()).toBe(401);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Wrong token');
    await shot(page, 'login-refused');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('signs in with the token (HttpOnly, SameSite=Strict cookie) and draws the overview', async () => {
    const { context, page, problems } = await newSession();
    await signIn(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'rd_dashboard', httpOnly: true, sameSite: 'Strict', secure: false });
    await ready(page);
    expect(await page.locator('#total').innerText()).toBe('5');
    expect(await page.locator('#crisis-count').innerText()).toBe('1');
    expect(await page.locator('#review-count').innerText()).toBe('1');
    expect(await page.locator('#routed').innerText()).toContain('1.8 s');
    expect(await page.locator('#top-reasons').innerText()).toContain('prior_chargebacks');
    expect(await page.locator('#outcomes').innerText()).toContain('written');
    expect(await chartDrawn(page, 'chart-intent')).toBe(true);
    expect(await chartDrawn(page, 'chart-level')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await shot(page, 'overview');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders SLA, decisions (search, write plan, inert note), rules, incidents and the queue', async () => {
    const { context, page, problems } = await newSession();
    await signIn(page);

    await page.getByRole('link', { name: 'SLA' }).click();
    await ready(page);
    expect(await page.locator('#open-count').innerText()).toBe('4');
    expect(await page.locator('#open-tickets tr.breached').count()).toBe(2);
    expect(await page.locator('#open-tickets').innerText()).toContain('zendesk #5005');
    await shot(page, 'sla');

    await page.getByRole('link', { name: 'Decisions' }).click();
    await ready(page);
    expect(await page.locator('#results tbody tr').count()).toBe(5);
    await page.getByLabel('Ticket').fill('5003');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#results tbody tr').length === 1);
    await page.getByRole('button', { name: /Show decision/ }).click();
    await page.waitForSelector('#note');
    expect(await page.locator('#note').innerText()).toContain('Risk: CRITICAL');
    expect(await page.locator('#detail').innerText()).toContain('tns_disputes');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#note').innerText()).not.toContain('pwned');
    expect(new URL(page.url()).search).toBe('?ticket=5003');
    await shot(page, 'decisions');

    await page.getByRole('link', { name: 'Rules and model' }).click();
    await ready(page);
    expect(await chartDrawn(page, 'chart-rules')).toBe(true);
    expect(await page.locator('#rules-table').innerText()).toContain('inr-high-risk');
    expect(await page.locator('#versions').innerText()).toContain('rules-2026-12-01');
    expect(await page.locator('#agreement-rate').innerText()).toBe('60 %');
    expect(await page.locator('#agreement').innerText()).toContain('3 of 5 agent labels agree');
    expect(await page.locator('#agreement-intents').innerText()).toContain('scam_off_platform');
    await shot(page, 'rules');

    await page.getByRole('link', { name: 'Incidents' }).click();
    await ready(page);
    expect(await page.locator('#incidents').innerText()).toContain('No incidents to show');
    await shot(page, 'incidents-empty');

    const incidentId = await seedIncident(testDb.db);
    await page.reload();
    await ready(page);
    expect(await page.locator('#incidents tbody tr').count()).toBe(1);
    const row = await page.locator('#incidents tbody tr').innerText();
    for (const text of [incidentId, 'Telegram @dashdeals', 'contact', 'open', '3']) expect(row).toContain(text);
    await page.getByRole('button', { name: `Show incident ${incidentId}` }).click();
    expect(await page.locator('#incident-detail li').allInnerTexts()).toEqual(['zendesk #5001', 'zendesk #5002', 'zendesk #5003']);
    await shot(page, 'incidents');
    await page.goto(`${base}/dashboard/incidents?incident=${incidentId}`);
    await ready(page);
    expect(await page.locator('#incident-detail').innerText()).toContain(`Incident ${incidentId}`);
    expect(await page.locator('#incident-detail dl').innerText()).not.toContain('Ended');
    // Solved in Zendesk: the detail says how it ended and who solved it.
    await testDb.db.query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9501', 'created')", [incidentId]);
    await applyHelpdeskStatus(testDb.db, { source: 'zendesk', ticketId: '9501', status: 'solved', at: new Date().toISOString(), actorId: '7703' });
    await page.reload();
    await ready(page);
    expect(await page.locator('#incident-detail dl').innerText()).toMatch(/Ended\s+Solved in the helpdesk by helpdesk user 7703\s+Ended at\s+\S/);
    await page.getByRole('link', { name: 'zendesk #5002' }).click();
    await ready(page);
    expect(new URL(page.url()).search).toBe('?ticket=5002');
    await page.waitForFunction(() => document.querySelectorAll('#results tbody tr').length === 1);

    await page.getByRole('link', { name: 'Queue' }).click();
    await page.waitForSelector('text=intake', { timeout: 15_000 });
    await shot(page, 'queue');
    expect(problems.filter((p) => !/Content Security Policy.*(font|stylesheet)/i.test(p))).toEqual([]);
    await context.close();
  }, 90_000);

  it("says how an incident ended in the server's words, and when in the reader's own time zone", async () => {
    await testDb.db.query('TRUNCATE incident_hits, incidents, incident_entities, incident_tickets, incident_links');
    const incidentId = await seedIncident(testDb.db);
    await testDb.db.query("INSERT INTO incident_links (incident_id, source, vendor_id, state) VALUES ($1, 'zendesk', '9601', 'created')", [incidentId]);
    await applyHelpdeskStatus(testDb.db, { source: 'zendesk', ticketId: '9601', status: 'solved', at: '2026-11-20T10:30:00.000Z', actorId: '7704' });
    // A reader in Tokyo with German settings: 10:30 UTC is 19:30 there, written the German way.
    const { context, page, problems } = await newSession({ locale: 'de-DE', timezoneId: 'Asia/Tokyo' });
    await signIn(page);
    const detail = async (): Promise<string> => {
      await page.goto(`${base}/dashboard/incidents?incident=${incidentId}`);
      await ready(page);
      return page.locator('#incident-detail dl').innerText();
    };
    expect(await detail()).toMatch(/\nEnded\s+Solved in the helpdesk by helpdesk user 7704\s+Ended at\s+20\.11\.26, 19:30$/);
    await shot(page, 'incident-ended');

    // Expired with no time recorded: the reason alone, no "Ended at" row.
    await testDb.db.query("UPDATE incidents SET resolved_reason = 'expired', resolved_at = NULL, resolved_by = NULL WHERE id = $1", [incidentId]);
    const expired = await detail();
    expect(expired).toMatch(/\nEnded\s+Expired \(no new ticket within the window\)$/);
    expect(expired).not.toContain('Ended at');

    // The page words nothing itself: whatever label the server sends is what the reader sees.
    await page.route('**/api/dashboard/incidents', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { incidents: Array<{ endingLabel: string | null }> };
      for (const incident of body.incidents) incident.endingLabel = 'archived by the night shift';
      await route.fulfill({ response, json: body });
    });
    expect(await detail()).toMatch(/\nEnded\s+Archived by the night shift$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs in from the demo link printed at start (token in the fragment, then dropped from the address)', async () => {
    const url = dashboardSignInUrl(base, { ADMIN_TOKEN: TOKEN, generatedSecrets: { file: 'generated-secrets.json', names: ['ADMIN_TOKEN'] } });
    expect(url).toBe(`${base}/dashboard/login#token=${TOKEN}`);
    expect(dashboardSignInUrl(base, { ADMIN_TOKEN: TOKEN })).toBe(`${base}/dashboard`);
    const { context, page } = await newSession();
    await page.goto(url ?? '');
    await page.waitForURL(`${base}/dashboard`);
    await ready(page);
    expect(page.url()).not.toContain(TOKEN);
    await context.close();
  });

  it('sets the CSP on pages, keeps the queue page behind sign-in, and signs out', async () => {
    const { context, page } = await newSession();
    const queuePage = await page.goto(`${base}/dashboard/queue`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    expect(queuePage?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page);
    await ready(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/dashboard/login`);
    await page.goto(`${base}/dashboard`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    await context.close();
  });
});
