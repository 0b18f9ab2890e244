/**
 * The dashboard's HTML: one layout (skip link, navigation, sign-out) around each page's
 * skeleton. Data is never rendered here — dashboard.js fills the page from the JSON APIs with
 * textContent — so the only dynamic text is escaped page chrome. No inline script or style (CSP).
 */
import { escapeHtml } from '../triage/note/html';

/** Every page, in menu order; `api` is the JSON its script reads (the queue page is bull-board's own). */
export const DASHBOARD_PAGES = [
  { id: 'overview', path: '/dashboard', title: 'Overview', api: '/api/dashboard/overview' },
  { id: 'sla', path: '/dashboard/sla', title: 'SLA', api: '/api/dashboard/sla' },
  { id: 'decisions', path: '/dashboard/decisions', title: 'Decisions', api: '/api/dashboard/decisions' },
  { id: 'rules', path: '/dashboard/rules', title: 'Rules and model', api: '/api/dashboard/rules' },
  { id: 'incidents', path: '/dashboard/incidents', title: 'Incidents', api: '/api/dashboard/incidents' },
  { id: 'queue', path: '/dashboard/queue', title: 'Queue', api: null },
] as const;
export type DashboardPageId = (typeof DASHBOARD_PAGES)[number]['id'];

function document(title: string, body: string, scripts: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · riskdesk</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
${scripts.map((src) => `<script src="${src}" defer></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>`;
}

function nav(current: DashboardPageId): string {
  const links = DASHBOARD_PAGES.map(
    (p) => `<li><a href="${p.path}"${p.id === current ? ' aria-current="page"' : ''}>${escapeHtml(p.title)}</a></li>`,
  ).join('');
  return `<header class="top">
<a class="skip" href="#main">Skip to content</a>
<span class="brand">riskdesk · T&amp;S operations</span>
<nav aria-label="Dashboard pages"><ul>${links}</ul></nav>
<form method="post" action="/dashboard/logout" class="signout"><button type="submit">Sign out</button></form>
</header>`;
}

const chart = (id: string, label: string): string =>
  `<figure class="chart"><figcaption id="${id}-caption">${escapeHtml(label)}</figcaption>
<div class="canvas-box"><canvas id="${id}" role="img" aria-labelledby="${id}-caption" aria-describedby="${id}-table"></canvas></div>
<details><summary>${escapeHtml(label)} as a table</summary><div id="${id}-table" class="table-wrap"></div></details></figure>`;

const SKELETONS: Record<Exclude<DashboardPageId, 'queue'>, string> = {
  overview: `<h1>Overview <span class="muted" id="window"></span></h1>
<section class="cards" aria-label="Key figures">
<div class="card"><h2>Decisions</h2><p class="figure" id="total">…</p></div>
<div class="card crisis"><h2>Crisis</h2><p class="figure" id="crisis-count">…</p></div>
<div class="card review"><h2>Crisis review</h2><p class="figure" id="review-count">…</p></div>
<div class="card"><h2>Webhook → routed (crisis, p50 / p95)</h2><p class="figure" id="routed">…</p></div>
</section>
<div class="grid2">
${chart('chart-intent', 'Tickets per hour by intent')}
${chart('chart-level', 'Tickets per hour by risk level')}
</div>
<div class="grid3">
<section aria-labelledby="h-cat"><h2 id="h-cat">Crisis categories</h2><div id="crisis-categories"></div></section>
<section aria-labelledby="h-reasons"><h2 id="h-reasons">Top reasons</h2><div id="top-reasons"></div></section>
<section aria-labelledby="h-outcomes"><h2 id="h-outcomes">Write-back outcomes</h2><div id="outcomes"></div></section>
</div>`,
  sla: `<h1>SLA</h1>
<section class="cards" aria-label="SLA figures">
<div class="card"><h2>Awaiting first reply</h2><p class="figure" id="open-count">…</p></div>
<div class="card crisis"><h2>Breached</h2><p class="figure" id="breached-count">…</p></div>
</section>
<section aria-labelledby="h-open"><h2 id="h-open">Open tickets, most urgent first</h2><div id="open-tickets"></div></section>
<section aria-labelledby="h-first"><h2 id="h-first">First-response time by intent and priority <span class="muted" id="first-window"></span></h2><div id="first-response"></div></section>`,
  decisions: `<h1>Decisions</h1>
<form id="search" class="search" role="search" aria-label="Search decisions">
<label>Ticket <input name="ticket" autocomplete="off"></label>
<label>Requester <input name="requester" autocomplete="off"></label>
<label>Intent <input name="intent" autocomplete="off"></label>
<label>Level <select name="level"><option value="">any</option><option>low</option><option>medium</option><option>high</option><option>critical</option></select></label>
<label>Rule <input name="rule" autocomplete="off"></label>
<button type="submit">Search</button>
</form>
<div class="split">
<section aria-labelledby="h-results"><h2 id="h-results">Results</h2><div id="results" aria-live="polite"></div></section>
<section aria-labelledby="h-detail" id="detail-section"><h2 id="h-detail">Decision</h2><div id="detail"><p class="muted">Choose a decision to see its write plan and note.</p></div></section>
</div>`,
  rules: `<h1>Rules and model</h1>
${chart('chart-rules', 'Rule hits, last 30 days')}
<div class="grid2">
<section aria-labelledby="h-fired"><h2 id="h-fired">How often each rule fires</h2><div id="rules-table"></div></section>
<section aria-labelledby="h-versions"><h2 id="h-versions">Rules versions</h2><div id="versions"></div></section>
</div>
<section aria-labelledby="h-agree"><h2 id="h-agree">Agreement with agents, last 30 days</h2><div id="agreement"></div></section>`,
  incidents: `<h1>Incidents</h1>
<div class="split">
<section aria-labelledby="h-incidents"><h2 id="h-incidents">Incidents</h2><div id="incidents" aria-live="polite"></div></section>
<section aria-labelledby="h-incident"><h2 id="h-incident">Incident</h2><div id="incident-detail"><p class="muted">Choose an incident to see its member tickets.</p></div></section>
</div>`,
};

export function renderPage(page: Exclude<DashboardPageId, 'queue'>, api: string): string {
  const title = DASHBOARD_PAGES.find((p) => p.id === page)?.title ?? 'Dashboard';
  const scripts = ['/dashboard/assets/chart.umd.min.js', '/dashboard/assets/dashboard.js'];
  return document(title, `${nav(page)}\n<main id="main" tabindex="-1" data-page="${page}" data-api="${escapeHtml(api)}">\n<p id="status" class="status" role="status" aria-live="polite"></p>\n${SKELETONS[page]}\n</main>`, scripts);
}

export function renderLogin(problem: string | null): string {
  const error = problem ? `<p class="error" role="alert" id="login-error">${escapeHtml(problem)}</p>` : '';
  return document(
    'Sign in',
    `<main id="main" class="login">
<h1>riskdesk dashboard</h1>
${error}
<form method="post" action="/dashboard/login" id="login-form">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${problem ? ' aria-describedby="login-error"' : ''}>
<button type="submit">Sign in</button>
</form>
<p class="muted">The token is ADMIN_TOKEN from the service's environment (or its generated-secrets file in demo mode).</p>
</main>`,
    ['/dashboard/assets/login.js'],
  );
}
