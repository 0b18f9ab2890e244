/**
 * The dashboard's pages and static files under /dashboard (session required), each with the
 * dashboard's CSP. Pages are skeletons; dashboard.js fills them from /api/dashboard/*.
 */
import { Router } from 'express';
import { dashboardAssets } from '../../dashboard/assets';
import { DASHBOARD_PAGES, renderPage } from '../../dashboard/html';
import type { DashboardAuth } from './dashboard-auth';
import { DASHBOARD_CSP, securityHeaders, sendHtml } from './dashboard-html';

export function createDashboardPagesRouter(auth: DashboardAuth): Router {
  const router = Router();
  const { files } = dashboardAssets();
  router.get('/dashboard/assets/:file', (req, res) => {
    const file = files[req.params.file];
    if (!file) return res.status(404).type('text').send('no such dashboard file');
    securityHeaders(res, DASHBOARD_CSP);
    res.sendFile(file, { maxAge: '1h', dotfiles: 'deny' });
  });
  for (const { path, id, api } of DASHBOARD_PAGES) {
    if (api === null) continue;
    router.get(path, auth.requirePage, (_req, res) => sendHtml(res, 200, renderPage(id, api), DASHBOARD_CSP));
  }
  router.get('/dashboard/', (_req, res) => res.redirect(301, '/dashboard'));
  return router;
}
