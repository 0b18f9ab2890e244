/**
 * Thresholds of the two tiers on P(someone is in danger) = 1 − P(none) of the best window.
 * Chosen on 5-fold cross-validation over data/crisis/ (bench/crisis-quality.ts prints the sweep) and
 * on the tuning batches in data/eval/: `crisis` where precision stays ≥ 90 %, `review` where nearly
 * every person in danger is caught while review stays rare on safe tickets. A strong pattern (the
 * regex lexicon, detect.ts) makes a ticket crisis when the model gives it some weight, review
 * unless the model read it as plainly safe.
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
  /**
   * Review where no danger cue is in the window read — the lexical gate alone opened it: the model
   * then reads a sentence nothing marked, and ordinary e-mail courtesy ("I can send photos of the
   * label if that helps") must not put a ticket in front of the safety reader.
   */
  lexicalReview: number;
}

export const TIERS: Tiers = { crisis: 0.9, review: 0.12, patternFloor: 0.5, patternReviewFloor: 0.05, lexicalReview: 0.25 };
