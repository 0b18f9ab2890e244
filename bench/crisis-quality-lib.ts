/**
 * Scoring helpers of bench/crisis-quality.ts: k-fold cross-validation over the crisis corpus and
 * the figures the brief asks for — caught by either tier, crisis precision, review on safe tickets,
 * category accuracy — overall, per category and per language.
 */
import { lineText, type CorpusLine } from '../src/triage/crisis/corpus';
import { scoreTicket, tierOf, type Scored, type Tier } from '../src/triage/crisis/detector';
import { CLASSES, K } from '../src/triage/crisis/logreg';
import { trainFromLines } from '../src/triage/crisis/model-training';
import type { Tiers } from '../src/triage/crisis/tiers';
import { DEFAULT_TRAINING, type TrainingOptions } from '../src/triage/crisis/logreg';

export interface Scoredline {
  line: CorpusLine;
  scored: Pick<Scored, 'p' | 'pattern' | 'window' | 'cueless' | 'combination'>;
  category: string | null;
}

/** Deterministic fold of a line: FNV hash of its id. */
function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % k;
}

function categoryOf(scored: Scored): string | null {
  if ((scored.combination ?? null) !== null) return scored.combination?.category ?? null;
  if (scored.window === null) return null;
  let best = 1;
  for (let k = 2; k < K; k += 1) if ((scored.probs[k] ?? 0) > (scored.probs[best] ?? 0)) best = k;
  return CLASSES[best] ?? null;
}

export function crossValidate(lines: readonly CorpusLine[], k = 5, options: TrainingOptions = DEFAULT_TRAINING): Scoredline[] {
  const out: Scoredline[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const model = trainFromLines(lines.filter((l) => foldOf(l.id, k) !== fold), options);
    for (const line of lines.filter((l) => foldOf(l.id, k) === fold)) {
      const scored = scoreTicket(lineText(line), model, 0);
      out.push({ line, scored: { p: scored.p, pattern: scored.pattern, window: scored.window, cueless: scored.cueless, combination: scored.combination }, category: categoryOf(scored) });
    }
  }
  return out;
}

export interface Figures {
  danger: number;
  caught: number;
  crisisFlags: number;
  crisisCorrect: number;
  safe: number;
  reviewOnSafe: number;
  crisisOnSafe: number;
  categoryRight: number;
}

export function figures(rows: readonly Scoredline[], tiers: Tiers): Figures {
  const f: Figures = { danger: 0, caught: 0, crisisFlags: 0, crisisCorrect: 0, safe: 0, reviewOnSafe: 0, crisisOnSafe: 0, categoryRight: 0 };
  for (const row of rows) {
    const tier: Tier = tierOf(row.scored, tiers);
    const danger = row.line.crisis;
    if (danger) {
      f.danger += 1;
      if (tier !== 'none') f.caught += 1;
      if (tier !== 'none' && row.category === row.line.crisisCategory) f.categoryRight += 1;
    } else {
      f.safe += 1;
      if (tier === 'review') f.reviewOnSafe += 1;
      if (tier === 'crisis') f.crisisOnSafe += 1;
    }
    if (tier === 'crisis') {
      f.crisisFlags += 1;
      if (danger) f.crisisCorrect += 1;
    }
  }
  return f;
}

const pct = (n: number, d: number): string => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function describe(label: string, f: Figures): string {
  return [
    label.padEnd(24),
    `caught ${String(f.caught).padStart(4)}/${String(f.danger).padEnd(4)} ${pct(f.caught, f.danger)}`,
    `crisis precision ${pct(f.crisisCorrect, f.crisisFlags)} (${f.crisisFlags - f.crisisCorrect} FP)`,
    `review on safe ${pct(f.reviewOnSafe, f.safe)} crisis on safe ${pct(f.crisisOnSafe, f.safe)} (${f.safe} safe)`,
    `category ${pct(f.categoryRight, f.caught)}`,
  ].join(' · ');
}
