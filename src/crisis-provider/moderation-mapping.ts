/**
 * OpenAI moderation categories → riskdesk's crisis taxonomy and tiers (documented in
 * docs/crisis-provider.md, "Mapping and thresholds"). omni-moderation's scores are calibrated
 * probabilities. The moderation model cannot tell who is in danger or who threatens whom, so
 * categories about violence can only ask for a human's review; only self-harm and child safety
 * can reach the crisis tier.
 */
import type { CrisisCategory } from '../triage/crisis/taxonomy';
import type { CrisisTier, ProviderVerdict } from '../triage/crisis/second-opinion';

export interface CategoryRule {
  category: CrisisCategory;
  /** Score at or above which the ticket needs a person's review first. */
  review: number;
  /** Score at or above which it is a crisis; null = this category alone never makes one. */
  crisis: number | null;
}

export const MODERATION_RULES: Readonly<Record<string, CategoryRule>> = {
  'self-harm/intent': { category: 'self_harm', review: 0.3, crisis: 0.7 },
  'self-harm/instructions': { category: 'self_harm', review: 0.4, crisis: 0.9 },
  'self-harm': { category: 'self_harm', review: 0.4, crisis: 0.85 },
  'sexual/minors': { category: 'child_safety', review: 0.3, crisis: 0.8 },
  'harassment/threatening': { category: 'threat_by_writer', review: 0.6, crisis: null },
  'hate/threatening': { category: 'threat_by_writer', review: 0.6, crisis: null },
  violence: { category: 'threat_by_writer', review: 0.8, crisis: null },
  'illicit/violent': { category: 'threat_by_writer', review: 0.8, crisis: null },
};

const RANK: Record<CrisisTier, number> = { none: 0, review: 1, crisis: 2 };

function tierFor(rule: CategoryRule, score: number): CrisisTier {
  if (rule.crisis !== null && score >= rule.crisis) return 'crisis';
  return score >= rule.review ? 'review' : 'none';
}

/** The verdict for one moderation result's scores: the highest tier any mapped category reaches. */
export function verdictFromScores(scores: Readonly<Record<string, number>>): ProviderVerdict {
  const hits = Object.entries(MODERATION_RULES)
    .map(([key, rule]) => ({ key, rule, score: scores[key] ?? 0 }))
    .map((hit) => ({ ...hit, tier: tierFor(hit.rule, hit.score) }))
    .filter((hit) => hit.tier !== 'none')
    // Highest tier first, then highest score: the first hit names the category.
    .sort((a, b) => RANK[b.tier] - RANK[a.tier] || b.score - a.score);
  const top = hits[0];
  if (!top) return { tier: 'none', category: null, score: Math.max(0, ...Object.keys(MODERATION_RULES).map((key) => scores[key] ?? 0)), evidence: [] };
  return {
    tier: top.tier,
    category: top.rule.category,
    score: top.score,
    // No span comes back from moderation: the evidence names the category and its score.
    evidence: hits.map((hit) => ({ excerpt: `${hit.key} ${hit.score.toFixed(2)}`, kind: `moderation:${hit.key}`, category: hit.rule.category, language: 'unknown' as const })),
  };
}
