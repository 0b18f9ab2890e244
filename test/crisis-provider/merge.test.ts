/** The merge rule: a provider raises the tier and adds categories and evidence, never lowers. */
import { mergeSecondOpinion, tierOfResult, type ProviderVerdict } from '../../src/triage/crisis/second-opinion';
import type { CrisisResult } from '../../src/triage/types';

const NONE: CrisisResult = { crisis: false, crisisReview: false, category: null, score: 0.05, evidence: [] };
const REVIEW: CrisisResult = {
  crisis: false,
  crisisReview: true,
  category: 'third_party_concern',
  score: 0.5,
  evidence: [{ excerpt: 'his last message read like a goodbye', kind: 'goodbye', category: 'third_party_concern', language: 'en', source: 'local' }],
};
const CRISIS: CrisisResult = {
  crisis: true,
  crisisReview: false,
  category: 'suicidal_ideation',
  score: 0.95,
  evidence: [{ excerpt: 'I have the pills ready', kind: 'plan_or_means', category: 'suicidal_ideation', language: 'en', source: 'local' }],
};

const verdict = (tier: ProviderVerdict['tier'], category: ProviderVerdict['category'], score = 0.8): ProviderVerdict => ({
  tier,
  category,
  score,
  evidence: category ? [{ excerpt: 'self-harm/intent 0.80', kind: 'moderation:self-harm/intent', category, language: 'unknown' }] : [],
});

describe('mergeSecondOpinion', () => {
  it('raises none to review and to crisis, adding the provider evidence marked as such', () => {
    const toReview = mergeSecondOpinion(NONE, verdict('review', 'self_harm', 0.4));
    expect(toReview.raised).toBe(true);
    expect(toReview.result).toMatchObject({ crisis: false, crisisReview: true, category: 'self_harm', score: 0.4 });
    expect(toReview.result.evidence).toEqual([expect.objectContaining({ source: 'provider', category: 'self_harm' })]);
    const toCrisis = mergeSecondOpinion(REVIEW, verdict('crisis', 'self_harm'));
    expect(toCrisis).toMatchObject({ raised: true, result: { crisis: true, crisisReview: false, category: 'self_harm' } });
    expect(toCrisis.result.evidence.map((e) => e.source)).toEqual(['local', 'provider']);
  });

  it('never lowers: a provider "none" or a lower tier leaves the local tier as it is', () => {
    expect(mergeSecondOpinion(CRISIS, verdict('none', null, 0))).toEqual({ result: CRISIS, raised: false });
    const lower = mergeSecondOpinion(CRISIS, verdict('review', 'threat_by_writer', 0.7));
    expect(lower.raised).toBe(false);
    expect(tierOfResult(lower.result)).toBe('crisis');
    expect(lower.result.score).toBe(0.95);
    // The category stays the most urgent one evidenced: the local one here.
    expect(lower.result.category).toBe('suicidal_ideation');
    expect(mergeSecondOpinion(REVIEW, verdict('review', 'stalking')).raised).toBe(false);
    expect(tierOfResult(mergeSecondOpinion(REVIEW, verdict('none', null)).result)).toBe('review');
  });

  it('adds a more urgent category at the same tier without calling it a raise', () => {
    const merged = mergeSecondOpinion(REVIEW, verdict('review', 'self_harm', 0.45));
    expect(merged.raised).toBe(false);
    expect(merged.result).toMatchObject({ crisisReview: true, category: 'self_harm', score: 0.5 });
    expect(merged.result.evidence).toHaveLength(2);
  });

  it('ignores a raise that names no category, and records one evidence line when the provider gave none', () => {
    expect(mergeSecondOpinion(NONE, { tier: 'crisis', category: null, score: 1, evidence: [] })).toEqual({ result: NONE, raised: false });
    const bare = mergeSecondOpinion(NONE, { tier: 'review', category: 'stalking', score: 0.5, evidence: [] });
    expect(bare.result.evidence).toEqual([{ excerpt: '', kind: 'provider_verdict', category: 'stalking', language: 'unknown', source: 'provider' }]);
  });
});
