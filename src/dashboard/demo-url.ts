/**
 * Demo mode (ADMIN_TOKEN generated on the embedded database): says at start where the dashboard
 * is, with a sign-in link carrying the generated token in the URL fragment — the part a browser
 * never sends, so it reaches neither this server's logs nor anyone's Referer. Set ADMIN_TOKEN
 * yourself and the link carries no token.
 */
import type { Config } from '../config/load-config';
import type { Logger } from '../logging/logger';

export function dashboardSignInUrl(baseUrl: string, config: Pick<Config, 'generatedSecrets' | 'ADMIN_TOKEN'>): string | null {
  if (!config.ADMIN_TOKEN) return null;
  const generated = config.generatedSecrets?.names.includes('ADMIN_TOKEN') ?? false;
  return generated ? `${baseUrl}/dashboard/login#token=${encodeURIComponent(config.ADMIN_TOKEN)}` : `${baseUrl}/dashboard`;
}

export function logDashboardUrl(baseUrl: string, config: Pick<Config, 'generatedSecrets' | 'ADMIN_TOKEN'>, logger: Pick<Logger, 'info'>): void {
  const url = dashboardSignInUrl(baseUrl, config);
  if (!url) return;
  const demo = url.includes('#token=');
  logger.info(demo ? `dashboard (demo, generated ADMIN_TOKEN): open ${url} to sign in` : `dashboard: ${url} (sign in with ADMIN_TOKEN)`);
}
