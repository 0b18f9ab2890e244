import type { RiskConfig } from './config';
import type { RiskLevel, RiskReason } from './types';

export const MAX_SCORE = 100;

export function levelFor(score: number, levels: RiskConfig['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

export const strongestFirst = (a: RiskReason, b: RiskReason): number =>
  b.weight - a.weight || a.code.localeCompare(b.code) || a.party.localeCompare(b.party);

/**
 * Score = sum of weights, capped at 100. Above the cap every weight is scaled down in proportion
 * (largest remainders get the rounding) so the reasons still add up exactly to the score; the
 * configured weight stays in `evidence.configuredWeight`.
 */
export function scoreReasons(reasons: RiskReason[], levels: RiskConfig['levels']): { score: number; level: RiskLevel; reasons: RiskReason[] } {
  const raw = reasons.reduce((sum, r) => sum + r.weight, 0);
  let scaled = reasons.map((r) => ({ ...r, evidence: { ...r.evidence, configuredWeight: r.weight } }));
  if (raw > MAX_SCORE) {
    const exact = scaled.map((r) => (r.weight * MAX_SCORE) / raw);
    const floors = exact.map(Math.floor);
    let left = MAX_SCORE - floors.reduce((a, b) => a + b, 0);
    const order = exact.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest);
    for (const { i } of order) {
      if (left <= 0) break;
      floors[i] = (floors[i] ?? 0) + 1;
      left -= 1;
    }
    scaled = scaled.map((r, i) => ({ ...r, weight: floors[i] ?? 0 }));
  }
  const score = Math.min(MAX_SCORE, Math.round(raw));
  return { score, level: levelFor(score, levels), reasons: scaled.sort(strongestFirst) };
}
