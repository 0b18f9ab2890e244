/**
 * The crisis decision. The gate (prefilter.ts) must open first; then the model scores every window
 * around a danger cue or a sentence the lexical gate opened on (windows.ts, features.ts, logreg.ts,
 * lexical-gate.ts) and the regex lexicon (detect.ts) looks for explicit statements — where it finds
 * one the model had no window for, the model reads the phrase's surroundings. P(danger) of the best
 * window and the pattern verdict give the tier (tiers.ts); the category is the model's most
 * probable category; evidence is, per likely category, the sentence the model finds most telling
 * for it, quoted as written, plus the pattern matches. Where neither flags anything, signs that
 * only mean danger together (combinations.ts) still make the ticket review, with their category
 * and sentences.
 */
import { detectLanguage } from '../text/language';
import type { CrisisEvidence, CrisisResult } from '../types';
import { analyze, featuresOf, type Analysis } from './analyze';
import { detectCrisisPatterns } from './detect';
import { CLASSES, K, predict, type CrisisModel } from './logreg';
import { combinationIn, type Combination } from './combinations';
import type { CueHit } from './cue-scan';
import { crisisFold, crisisFoldFrom } from './crisis-fold';
import { fastFold } from './fast-fold';
import { LEXICAL_CUE } from './lexical-gate';
import { messageParts } from './message-parts';
import { boundCrisisInput, crisisWindows, hasLexiconAnchor } from './prefilter';
import { NO_CRISIS } from './result';
import { categoryOfKind, CRISIS_CATEGORIES, type CrisisCategory } from './taxonomy';
import { TIERS, type Tiers } from './tiers';
import { sentenceOf, sentenceSpans, WHOLE_TICKET_CHARS, type Span } from './windows';

const MAX_EVIDENCE = 5;
const MAX_EXCERPT = 200;
/** Categories at least this probable (relative to the top one) get their own evidence sentence. */
const SECOND_CATEGORY_SHARE = 0.5;

export interface Scored {
  /** The part of the message read (message-parts.ts): window spans index into it. */
  text: string;
  /** P(danger) of the best window (0 when the gate stays shut). */
  p: number;
  /** Class probabilities of the best window. */
  probs: Float64Array;
  window: Span | null;
  /** The best window holds no danger cue: only the lexical gate opened it (tiers.ts lexicalReview). */
  cueless?: boolean;
  analysis: Analysis | null;
  /** The regex lexicon's verdict. */
  pattern: CrisisResult;
  /** Indicators that combine (combinations.ts): looked for only where model and lexicon flag nothing. */
  combination?: Combination | null;
}

const ZERO = new Float64Array(K);

/**
 * Above this P(danger) the lexicon cannot change the tier (every crisis threshold the quality
 * bench sweeps is lower), so it is not run: its evidence would only repeat the model's.
 */
const LEXICON_NOT_NEEDED = 0.97;

/** Windows whose text the regex lexicon reads on a long ticket: the model's most probable one (the lexicon is the costly part). */
const PATTERN_WINDOWS = 1;

/**
 * Model and pattern scores of a ticket, before tiering (the quality bench sweeps thresholds on these):
 * those of its most urgent part (message-parts.ts), parts compared at the shipped tiers. In each
 * part the lexicon reads the whole part when it is short or has no danger cue for the model; on a
 * long one only the model's most probable window; not at all when the model is sure, nor when the
 * model reads the part as plainly safe (P(danger) below `lexiconFrom`): there a lexicon phrase is
 * hyperbole (tierOf: `patternReviewFloor`) and cannot change the tier. The quality bench passes 0
 * to sweep that floor.
 */
export function scoreTicket(text: string, model: CrisisModel, lexiconFrom = TIERS.patternReviewFloor): Scored {
  let best: Scored | null = null;
  for (const part of messageParts(boundCrisisInput(text))) {
    const scored = scorePart(part, model, lexiconFrom);
    if (best === null || outranks(scored, best)) best = scored;
  }
  return best ?? { text: '', p: 0, probs: ZERO, window: null, analysis: null, pattern: NO_CRISIS };
}

const TIER_RANK: Record<Tier, number> = { none: 0, review: 1, crisis: 2 };

function outranks(a: Scored, b: Scored): boolean {
  const ranks = [TIER_RANK[tierOf(a)], TIER_RANK[tierOf(b)]] as const;
  return ranks[0] !== ranks[1] ? ranks[0] > ranks[1] : a.p > b.p;
}

/** One part of the message (the customer's own words, or a quoted earlier message) read on its own. */
function scorePart(bounded: string, model: CrisisModel, lexiconFrom: number): Scored {
  // The gate (prefilter.ts openGate) with each scan done once: the danger cues and the lexical
  // gate's sentences the model needs anyway open it; the lexicon anchors are looked for only when
  // there are none.
  const fast = fastFold(bounded);
  const folded = crisisFoldFrom(fast);
  const analysis = analyze(bounded, { folded, gate: model.gate });
  if (analysis.danger.length === 0 && !hasLexiconAnchor(fast)) return { text: bounded, p: 0, probs: ZERO, window: null, analysis: null, pattern: NO_CRISIS };
  const scored = modelAndLexicon(bounded, fast, folded, analysis, model, lexiconFrom);
  // Only inside the gate, so that the gate stays a superset of every flag.
  return tierOf(scored) === 'none' ? { ...scored, combination: combinationIn(folded) } : scored;
}

function modelAndLexicon(bounded: string, fast: string, folded: string, analysis: Analysis, model: CrisisModel, lexiconFrom: number): Scored {
  const scoredWindows: Array<{ window: Span; p: number; probs: Float64Array }> = [];
  for (const window of analysis.windows) {
    const probs = predict(model, featuresOf(analysis, window));
    scoredWindows.push({ window, p: 1 - (probs[0] ?? 1), probs });
  }
  scoredWindows.sort((a, b) => b.p - a.p);
  const best = scoredWindows[0];
  if (best !== undefined && (best.p >= LEXICON_NOT_NEEDED || best.p < lexiconFrom)) return { text: bounded, p: best.p, probs: best.probs, window: best.window, cueless: cueless(analysis, best.window), analysis, pattern: NO_CRISIS };
  const patternText =
    scoredWindows.length === 0 || bounded.length <= WHOLE_TICKET_CHARS
      ? bounded
      : scoredWindows.slice(0, PATTERN_WINDOWS).map(({ window }) => bounded.slice(window[0], window[1])).join('\n');
  const pattern = detectCrisisPatterns(patternText, patternText === bounded ? fast : undefined);
  if (best !== undefined) return { text: bounded, p: best.p, probs: best.probs, window: best.window, cueless: cueless(analysis, best.window), analysis, pattern };
  if (!pattern.crisis) return { text: bounded, p: 0, probs: ZERO, window: null, analysis, pattern };
  return { text: bounded, ...scoreAroundAnchors(bounded, folded, fast, model), pattern };
}

function cueless(analysis: Analysis, [from, to]: Span): boolean {
  return !analysis.danger.some((hit) => hit.cue !== LEXICAL_CUE && hit.start >= from && hit.start < to);
}

/**
 * A lexicon phrase where the model found nothing to read: the model reads the phrase's own
 * surroundings, so that hyperbole ("ich bring mich noch um mit eurem 2FA 🙄") can be told from a
 * statement the same way as everywhere else.
 */
function scoreAroundAnchors(bounded: string, folded: string, fast: string, model: CrisisModel): Omit<Scored, 'pattern' | 'text'> {
  const anchors: CueHit[] = crisisWindows(bounded, fast).map(([start, end]) => ({ start, end, cue: 'anchor', concepts: [] }));
  const analysis = analyze(bounded, { folded, danger: anchors });
  let best: { window: Span; p: number; probs: Float64Array } | null = null;
  for (const window of analysis.windows) {
    const probs = predict(model, featuresOf(analysis, window));
    const p = 1 - (probs[0] ?? 1);
    if (best === null || p > best.p) best = { window, p, probs };
  }
  return best === null ? { p: 0, probs: ZERO, window: null, analysis } : { ...best, analysis };
}

function topCategory(probs: Float64Array): CrisisCategory {
  let best = 1;
  for (let k = 2; k < K; k += 1) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  return CRISIS_CATEGORIES[best - 1] ?? 'suicidal_ideation';
}

function quote(original: string, [from, to]: Span): string {
  const words = original.slice(from, to).replace(/\s+/g, ' ').trim();
  return words.length > MAX_EXCERPT ? `${words.slice(0, MAX_EXCERPT - 1)}…` : words;
}

/** Per category worth showing: the sentence (with a danger cue) of the best window most probable for it. */
function modelEvidence(text: string, scored: Scored, model: CrisisModel, top: CrisisCategory): CrisisEvidence[] {
  const { analysis, window, probs } = scored;
  if (analysis === null || window === null) return [];
  const topP = probs[CLASSES.indexOf(top)] ?? 0;
  const categories = CRISIS_CATEGORIES.filter((c) => c === top || (probs[CLASSES.indexOf(c)] ?? 0) >= SECOND_CATEGORY_SHARE * topP);
  const candidates = analysis.sentences.filter(([s, e]) => s < window[1] && e > window[0] && analysis.danger.some((h) => h.start >= s && h.start < e));
  const sentenceProbs = candidates.map((span) => ({ span, probs: predict(model, featuresOf(analysis, span)) }));
  const evidence: CrisisEvidence[] = [];
  for (const category of [top, ...categories.filter((c) => c !== top)]) {
    const k = CLASSES.indexOf(category);
    let bestSpan: Span | null = null;
    let bestP = -1;
    for (const s of sentenceProbs) {
      const p = s.probs[k] ?? 0;
      if (p > bestP) {
        bestP = p;
        bestSpan = s.span;
      }
    }
    const span = bestSpan ?? window;
    const excerpt = quote(text, span);
    if (excerpt === '') continue;
    evidence.push({ excerpt, kind: 'model', category, language: detectLanguage(analysis.folded.slice(span[0], span[1]), excerpt), source: 'local' });
  }
  return evidence;
}

/** The sentence of each indicator that combined, as written (the part's fold and sentences are the analysis'). */
function combinationEvidence(text: string, analysis: Analysis | null, combination: Combination): CrisisEvidence[] {
  const folded = analysis?.folded ?? crisisFold(text);
  const sentences = analysis?.sentences ?? sentenceSpans(folded);
  return combination.hits.flatMap((hit): CrisisEvidence[] => {
    const span = sentences[sentenceOf(sentences, hit.start)] ?? [hit.start, hit.end];
    const excerpt = quote(text, span);
    return excerpt === '' ? [] : [{ excerpt, kind: 'indicators', category: combination.category, language: detectLanguage(folded.slice(span[0], span[1]), excerpt), source: 'local' }];
  });
}

export type Tier = 'crisis' | 'review' | 'none';

export function tierOf(scored: Pick<Scored, 'p' | 'pattern' | 'window' | 'cueless' | 'combination'>, tiers: Tiers = TIERS): Tier {
  const strong = scored.pattern.crisis;
  // A window no danger cue marked (only the lexical gate opened it) is read for safety first, never
  // routed to the crisis team on the model's word alone: there the model reads ordinary sentences
  // ("he leaves me on read", "pay by Zelle instead?") it was never trained on as safe.
  const modelSure = scored.p >= tiers.crisis && scored.cueless !== true;
  if (modelSure || (strong && scored.p >= tiers.patternFloor)) return 'crisis';
  // Without a window there was nothing for the model to read: the lexicon alone decides.
  const modelSaysSafe = scored.window !== null && scored.p < tiers.patternReviewFloor;
  const review = scored.cueless === true ? Math.max(tiers.review, tiers.lexicalReview) : tiers.review;
  if (scored.p >= review || (strong && !modelSaysSafe) || (scored.combination ?? null) !== null) return 'review';
  return 'none';
}

export function detectCrisisWith(text: string, model: CrisisModel, tiers: Tiers = TIERS): CrisisResult {
  const scored = scoreTicket(text, model);
  const tier = tierOf(scored, tiers);
  if (tier === 'none') return { ...NO_CRISIS, score: scored.p, evidence: [] };
  const combination = scored.combination ?? null;
  const category =
    combination !== null ? combination.category : scored.window !== null ? topCategory(scored.probs) : categoryOfKind(scored.pattern.evidence[0]?.kind ?? 'distress');
  const patternEvidence = scored.pattern.evidence.map((e): CrisisEvidence => ({ ...e, category: category === 'third_party_concern' ? category : e.category }));
  const seen = new Set<string>();
  // Where indicators decided, the model read no danger: its sentences are no evidence.
  const reasons = combination === null ? modelEvidence(scored.text, scored, model, category) : combinationEvidence(scored.text, scored.analysis, combination);
  const evidence = [...reasons, ...patternEvidence].filter((e) => {
    const key = `${e.category}|${e.excerpt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    crisis: tier === 'crisis',
    crisisReview: tier === 'review',
    category,
    score: tier === 'crisis' ? Math.max(scored.p, tiers.crisis) : scored.p,
    evidence: evidence.slice(0, MAX_EVIDENCE),
  };
}
