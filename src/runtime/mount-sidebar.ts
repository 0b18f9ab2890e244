/**
 * COMPOSITION HOOK for the sidebar routers (issue 6): the lead wires createSidebarContextRouter /
 * createSidebarCanvasRouter here. `riskdesk start` calls it after metrics and decisions are mounted.
 */
import type express from 'express';
import type { RulesProvider } from '../pipeline/types';
import type { Db } from '../store/db';

export function mountSidebar(_app: express.Express, _ctx: { db: Db; rules: RulesProvider }): void {
  // Intentionally empty until the sidebar work lands (the lead mounts it).
}
