/**
 * What the configured Intercom-Version accepts. Priority is read-only up to 2.16; only
 * `Unstable` takes `priority` on PUT /conversations/{id}. Macros exist from 2.15 (and Preview/Unstable).
 */
function numericVersion(version: string): number | null {
  const match = /^(\d+)\.(\d+)$/.exec(version.trim());
  return match ? Number(match[1]) + Number(match[2]) / 1000 : null;
}

export function versionAcceptsPriority(version: string): boolean {
  return version.trim() === 'Unstable';
}

export function versionSupportsMacros(version: string): boolean {
  const trimmed = version.trim();
  if (trimmed === 'Unstable' || trimmed === 'Preview') return true;
  const numeric = numericVersion(trimmed);
  return numeric !== null && numeric >= 2.015;
}

/** riskdesk priorities → Intercom's Unstable priority values. */
export const INTERCOM_PRIORITY: Record<string, string> = { low: 'low', normal: 'medium', high: 'high', urgent: 'urgent' };
