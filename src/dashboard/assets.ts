/**
 * Where the dashboard's static files live: `dashboard/public/` at the package root (plain files,
 * no build step), and Chart.js's UMD bundle from node_modules. Found by walking up from this
 * module, so it works from src/ (ts-jest) and from dist/ alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function packageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'dashboard', 'public'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`dashboard/public not found above ${from}: reinstall riskdesk (the folder ships with it)`);
    dir = parent;
  }
}

export interface DashboardAssets {
  /** Absolute path of each file served under /dashboard/assets/, by its public name. */
  files: Record<string, string>;
}

export function dashboardAssets(): DashboardAssets {
  const root = packageRoot(__dirname);
  const pub = path.join(root, 'dashboard', 'public');
  return {
    files: {
      'dashboard.css': path.join(pub, 'dashboard.css'),
      'dashboard.js': path.join(pub, 'dashboard.js'),
      'login.js': path.join(pub, 'login.js'),
      // The package's exports map hides dist/; its main entry sits beside the UMD bundle.
      'chart.umd.min.js': path.join(path.dirname(require.resolve('chart.js', { paths: [root] })), 'chart.umd.min.js'),
    },
  };
}
