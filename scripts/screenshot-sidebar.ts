/**
 * Renders the Zendesk sidebar app (zendesk-app/) in Chromium for one ticket of the demo world and
 * writes the screenshot the README shows.
 *
 *   npm run build && node dist/scripts/screenshot-sidebar.js [--out docs/images/sidebar.png]
 *
 * No Redis, no helpdesk, no running service: the demo world (seed 42) is seeded into a throwaway
 * in-memory database, the ticket below is decided with config/rules.yaml and config/risk.yaml, and
 * a stand-in for Zendesk's ZAF client hands the app's own page that view. Chromium comes from
 * CHROME_PATH or the usual install locations; nothing is downloaded.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Ticket } from '../src/domain/ticket';
import { createLogger } from '../src/logging/logger';
import { buildRiskContext } from '../src/risk/build-context';
import { loadRiskConfig } from '../src/risk/config';
import { ensureDemoData } from '../src/seed/ensure-demo';
import type { ContextView } from '../src/sidebar/context-view';
import { toContextView } from '../src/sidebar/to-context-view';
import { storedFromDecision, toHistoryEntry } from '../src/sidebar/view-loader';
import { openDb } from '../src/store/open-db';
import { decide } from '../src/triage/decide';
import { loadRules } from '../src/triage/rules';

const ROOT = path.resolve(__dirname, '..', '..');
const ASSETS = path.join(ROOT, 'zendesk-app', 'assets');
const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
/** The page's own origin; requests to it are answered from zendesk-app/assets. */
const APP_ORIGIN = 'https://zendesk-app.riskdesk.invalid';
/** CSS pixels: about the width of Zendesk's ticket sidebar; the PNG is twice as wide. */
const SIDEBAR_WIDTH = 340;
const MAX_HEIGHT = 1500;

/** A serial item-not-received claimer of the demo world writing about a delivered order. */
const TICKET: Ticket = {
  source: 'zendesk',
  id: '4711',
  channel: 'web',
  subject: 'Order never arrived',
  text: 'My order WN-48004033 never arrived. Tracking says delivered but nothing came. I want my money back.',
  requester: { email: 'grailqueen385@example.com' },
  tags: [],
};

function outFile(argv: string[]): string {
  const index = argv.indexOf('--out');
  const value = index >= 0 ? argv[index + 1] : undefined;
  return path.resolve(value ?? path.join(ROOT, 'docs', 'images', 'sidebar.png'));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} is not an executable file: point it at a Chromium or Chrome binary`);
  }
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin', '/snap/bin'];
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const mac = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  const found = [...names.flatMap((name) => dirs.map((dir) => path.join(dir, name))), ...mac].find(isExecutable);
  if (!found) throw new Error('Chromium not found: install it (Debian: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH');
  return found;
}

/** The view `GET /api/context` would answer for TICKET once riskdesk has decided on it. */
async function demoView(): Promise<ContextView> {
  const db = await openDb({ dataDir: 'memory://' });
  try {
    await ensureDemoData(db, createLogger('silent'));
    const context = await buildRiskContext(db, { requester: TICKET.requester, subject: TICKET.subject, text: TICKET.text }, { config: loadRiskConfig(path.join(ROOT, 'config', 'risk.yaml')) });
    const decision = decide(TICKET, context, loadRules(path.join(ROOT, 'config', 'rules.yaml')));
    const history = [toHistoryEntry(storedFromDecision(decision, context.computedAt, 'written'))];
    return toContextView({ source: 'zendesk', ticketId: TICKET.id, status: 'decided', decision, context, history, actionsStatus: 'taken' });
  } finally {
    await db.close();
  }
}

/** Zendesk's ZAF client as far as the app uses it: the ticket id, its settings, and the proxied request. */
function fakeZafSdk(view: ContextView): string {
  return `window.ZAFClient = { init: function () {
    var view = ${JSON.stringify(view)};
    return {
      get: function () { return Promise.resolve({ 'ticket.id': ${JSON.stringify(TICKET.id)} }); },
      metadata: function () { return Promise.resolve({ settings: { riskdesk_url: 'https://riskdesk.example.com' } }); },
      invoke: function () { return Promise.resolve(); },
      on: function () {},
      request: function () { return Promise.resolve(view); }
    };
  } };`;
}

async function main(): Promise<void> {
  const out = outFile(process.argv);
  const view = await demoView();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 900 }, deviceScaleFactor: 2 });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === ZAF_SDK_URL) return route.fulfill({ contentType: 'text/javascript', body: fakeZafSdk(view) });
      if (!url.startsWith(`${APP_ORIGIN}/`)) return route.abort();
      const file = path.normalize(path.join(ASSETS, new URL(url).pathname));
      return file.startsWith(ASSETS + path.sep) ? route.fulfill({ path: file }) : route.abort();
    });
    await page.goto(`${APP_ORIGIN}/iframe.html`);
    await page.waitForSelector('[data-testid="risk-badge"]');
    const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: SIDEBAR_WIDTH, height } });
    console.log(`${out}: ${view.risk.level} ${view.risk.score}/100, ${SIDEBAR_WIDTH}×${height} CSS px at 2×`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot-sidebar: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
