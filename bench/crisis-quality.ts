/**
 * Crisis detector quality by 5-fold cross-validation over data/crisis/.
 *   npm run bench:crisis-quality [-- extra.jsonl ...]
 * Each fold's model is trained on the other four folds only. Prints, at the thresholds in
 * src/triage/crisis/tiers.ts: people in danger caught by either tier, crisis precision, review and
 * crisis flags on safe tickets, category accuracy — overall, per source file, per category and per
 * language — then a threshold sweep (how the tiers were chosen). Extra JSON Lines files (same
 * format) are scored by the model trained on the whole corpus, as shipped: as written, and each
 * ticket dressed as a helpdesk email or chat in one of six styles (bench/email-wrap.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lineText, parseCorpus, readCorpus, type CorpusLine } from '../src/triage/crisis/corpus';
import { scoreTicket, tierOf, type Scored } from '../src/triage/crisis/detector';
import { CLASSES, K } from '../src/triage/crisis/logreg';
import { trainFromLines } from '../src/triage/crisis/model-training';
import { CRISIS_CATEGORIES } from '../src/triage/crisis/taxonomy';
import { TIERS } from '../src/triage/crisis/tiers';
import { crossValidate, describe, figures, type Scoredline } from './crisis-quality-lib';
import { dress } from './email-wrap';

function groupBy(rows: readonly Scoredline[], key: (r: Scoredline) => string): Map<string, Scoredline[]> {
  const groups = new Map<string, Scoredline[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function report(title: string, rows: readonly Scoredline[]): void {
  console.log(`\n== ${title}`);
  console.log(describe('all', figures(rows, TIERS)));
  console.log('-- per source');
  for (const [file, group] of groupBy(rows, (r) => basename(r.line.file))) console.log(describe(file, figures(group, TIERS)));
  console.log('-- per category (danger lines of that category; "safe" columns: hard negatives)');
  for (const category of CRISIS_CATEGORIES) {
    const group = rows.filter((r) => r.line.crisisCategory === category);
    if (group.length > 0) console.log(describe(category, figures(group, TIERS)));
  }
  console.log(describe('hard negatives', figures(rows.filter((r) => r.line.hardNegative === true), TIERS)));
  console.log('-- per language');
  for (const [lang, group] of groupBy(rows, (r) => r.line.lang)) console.log(describe(lang, figures(group, TIERS)));
}

function sweep(rows: readonly Scoredline[]): void {
  console.log('\n== threshold sweep (cross-validated): crisis threshold × review threshold');
  for (const crisis of [0.85, 0.9, 0.95]) {
    for (const review of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
      for (const patternFloor of [0.2, 0.3, 0.5]) {
        for (const patternReviewFloor of [0, 0.02, 0.05, 0.1]) {
          console.log(describe(`c${crisis} r${review} p${patternFloor} pr${patternReviewFloor}`, figures(rows, { crisis, review, patternFloor, patternReviewFloor, lexicalReview: TIERS.lexicalReview })));
        }
      }
    }
  }
  console.log('\n== the bar for a window only the lexical gate opened (lexicalReview), other tiers as shipped');
  for (const lexicalReview of [0.2, 0.22, 0.25, 0.27, 0.3, 0.35]) console.log(describe(`l${lexicalReview}`, figures(rows, { ...TIERS, lexicalReview })));
}

function misses(rows: readonly Scoredline[], limit: number): void {
  console.log('\n-- missed people in danger and crisis flags on safe lines (first few)');
  const shown = rows.filter((r) => {
    const tier = tierOf(r.scored, TIERS);
    return r.line.crisis ? tier === 'none' : tier === 'crisis';
  });
  for (const r of shown.slice(0, limit)) {
    console.log(`  ${r.line.crisis ? 'MISS' : 'FP  '} ${r.line.id} ${r.line.crisisCategory ?? '-'} p=${r.scored.p.toFixed(2)} pat=${r.scored.pattern.crisis} ${lineText(r.line).replace(/\s+/g, ' ').slice(0, 140)}`);
  }
}

function categoryOf({ probs, combination }: Scored): string {
  if (combination !== undefined && combination !== null) return combination.category;
  let best = 1;
  for (let k = 2; k < K; k += 1) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  return CLASSES[best] ?? 'none';
}

const corpus = readCorpus();
const started = Date.now();
const cv = crossValidate(corpus.lines);
console.log(`5-fold cross-validation over ${corpus.lines.length} lines of data/crisis/ in ${((Date.now() - started) / 1000).toFixed(1)} s; tiers ${JSON.stringify(TIERS)}`);
report('cross-validated', cv);
if (process.argv.includes('--sweep')) sweep(cv);
if (process.argv.includes('--misses')) misses(cv, 400);

const extra = process.argv.slice(2).filter((a) => a.endsWith('.jsonl'));
if (extra.length > 0) {
  const model = trainFromLines(corpus.lines);
  for (const file of extra) {
    const lines: CorpusLine[] = parseCorpus(readFileSync(file, 'utf8'), file);
    const rows: Scoredline[] = lines.map((line) => {
      const scored = scoreTicket(lineText(line), model, 0);
      return { line, scored, category: scored.window === null && (scored.combination ?? null) === null ? null : categoryOf(scored) };
    });
    report(`${basename(file)} (model trained on all of data/crisis/)`, rows);
    const dressed: Scoredline[] = lines.map((line, i) => {
      const scored = scoreTicket(dress(lineText(line), i), model, 0);
      return { line, scored, category: scored.window === null && (scored.combination ?? null) === null ? null : categoryOf(scored) };
    });
    console.log(describe('the same, dressed', figures(dressed, TIERS)));
    if (process.argv.includes('--misses')) misses(rows, 80);
  }
}
