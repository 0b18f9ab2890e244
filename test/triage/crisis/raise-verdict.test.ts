/** One raise-only rule for the second opinion and the label memory: same inputs, same verdict. */
import { mergeLabelMemory, memoryEvidence } from '../../../src/learning/memory/merge-label-memory';
import { raiseVerdict } from '../../../src/triage/crisis/raise-verdict';
import { mergeSecondOpinion } from '../../../src/triage/crisis/second-opinion';
import type { CrisisResult } from '../../../src/triage/types';

const REVIEW: CrisisResult = {
  crisis: false,
  crisisReview: true,
  category: 'domestic_abuse',
  score: 0.3,
  evidence: [
    { excerpt: 'he took my phone again', kind: 'model', category: 'domestic_abuse', language: 'en', source: 'local' },
    { excerpt: 'I do not see the point any more', kind: 'model', category: 'suicidal_ideation', language: 'en', source: 'local' },
  ],
};

describe('raiseVerdict', () => {
  it('keeps the tier on a same-tier raise but takes the higher score and the most urgent category evidenced', () => {
    const { result, raised } = raiseVerdict(REVIEW, { tier: 'review', category: 'stalking', score: 0.7, evidence: [] });
    expect(raised).toBe(false);
    expect(result).toMatchObject({ crisis: false, crisisReview: true, score: 0.7, category: 'suicidal_ideation' });
  });

  it('raises review to crisis and never lowers the score', () => {
    const { result, raised } = raiseVerdict(REVIEW, { tier: 'crisis', category: 'third_party_concern', score: 0.1, evidence: [] });
    expect(raised).toBe(true);
    expect(result).toMatchObject({ crisis: true, crisisReview: false, score: 0.3 });
  });

  it('gives the label memory and a second opinion the same verdict for the same raise', () => {
    const match = { labelId: '9', similarity: 0.7 };
    const fromMemory = mergeLabelMemory(REVIEW, match);
    const evidence = memoryEvidence(match);
    const fromProvider = mergeSecondOpinion(REVIEW, { tier: 'review', category: evidence.category, score: match.similarity, evidence: [evidence] }).result;
    expect(fromMemory).toEqual({ ...fromProvider, evidence: [...REVIEW.evidence, evidence] });
    // Before one rule served both, a same-tier memory match kept the local score.
    expect(fromMemory.score).toBe(0.7);
  });
});
