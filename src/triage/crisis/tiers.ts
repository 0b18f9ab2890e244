/**
 * Thresholds of the two tiers on P(someone is in danger) = 1 − P(none) of the best window.
 * Chosen by 5-fold cross-validation over data/crisis/ (bench/crisis-quality.ts prints the sweep):
 * `crisis` where the cross-validated precision stays ≥ 90 %, `review` where nearly every person in
 * danger is caught while review stays rare on safe tickets. A strong pattern (the regex lexicon,
 * detect.ts) makes a ticket crisis unless the model is confident it is safe.
 */
export interface Tiers {
  crisis: number;
  review: number;
  /** A strong pattern hit is crisis when P(danger) is at least this, else review. */
  patternFloor: number;
  /**
   * …and review only when P(danger) is at least this: a lexicon phrase the model reads as plainly
   * safe ("I'll jump off a bridge lol, where is my payout?") is hyperbole, not a person in danger.
   */
  patternReviewFloor: number;
}

export const TIERS: Tiers = { crisis: 0.9, review: 0.2, patternFloor: 0.5, patternReviewFloor: 0.05 };
