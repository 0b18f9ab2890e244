/**
 * Classifier evaluation and throughput.
 *   npm run bench:classifier -- [--misses] [--no-cv] [--file FILE.jsonl ...] [FILE.jsonl ...]   (from the repo root)
 * Prints, for the shipped evaluation files and every file given: primary-intent accuracy, per-intent
 * precision/recall, accuracy per language, the crisis confusion matrix; then 5-fold
 * cross-validation on the training files; then throughput (tickets/s) of
 * classifyIntents+detectCrisis against the original placeholder regex measured in the same run.
 */
import { isAbsolute, join } from 'node:path';
import { computeMetrics, loadLabelledTickets, predict, type LabelledTicket } from '../src/triage/classify/evaluation';
import { classifyIntents } from '../src/triage/classify';
import { dataFile, INTENT_MODEL_FILES } from '../src/triage/classify/bayes/data-files';
import { crossValidate, loadLabelledTexts, type CrossValidation } from '../src/triage/classify/cross-validation';
import { detectCrisis } from '../src/triage/crisis';
import { INTENTS } from '../src/triage/types';

// Default fixtures are resolved from the working directory (npm scripts run at the repo root).
const ROOT = process.cwd();
const DEFAULT_FILES = ['data/labelled-tickets.jsonl', 'test/fixtures/labelled-tickets-holdout.jsonl'];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function printPerIntent(perIntent: CrossValidation['perIntent']): void {
  console.log('intent                      precision  recall  support');
  for (const intent of INTENTS) {
    const r = perIntent[intent];
    if (r.support === 0 && r.precision === 1) continue;
    console.log(`${intent.padEnd(27)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(7)} ${String(r.support).padStart(8)}`);
  }
}

function report(file: string, tickets: LabelledTicket[], showMisses: boolean): void {
  const predictions = predict(tickets);
  const m = computeMetrics(predictions);
  console.log(`\n== ${file} (${m.total} tickets)`);
  console.log(`primary-intent accuracy: ${pct(m.intentAccuracy)}`);
  printPerIntent(m.perIntent);
  const languages = [...new Set(tickets.map((t) => t.lang))];
  const byLanguage = languages.map((lang) => {
    const own = predictions.filter((p) => p.ticket.lang === lang);
    return `${lang} ${pct(own.filter((p) => p.intent === p.ticket.intent).length / own.length)} (${own.length})`;
  });
  console.log(`by language: ${byLanguage.join(', ')}`);
  const c = m.crisis;
  console.log(`crisis: recall ${pct(c.recall)}  precision ${pct(c.precision)}`);
  console.log(`               predicted crisis  predicted none`);
  console.log(`  gold crisis  ${String(c.tp).padStart(16)}  ${String(c.fn).padStart(14)}`);
  console.log(`  gold none    ${String(c.fp).padStart(16)}  ${String(c.tn).padStart(14)}`);
  if (showMisses) {
    for (const p of m.misses) {
      console.log(`  MISS ${p.ticket.id} gold=${p.ticket.intent}${p.ticket.crisis ? '+crisis' : ''} got=${p.intent}${p.crisis ? '+crisis' : ''} :: ${p.ticket.subject} | ${p.ticket.text.slice(0, 110)}`);
    }
  }
}

/** The placeholder this module replaced: one English regex. */
function reference(text: string): boolean {
  return /\b(kill myself|suicide|end my life)\b/i.test(text);
}

function throughput(label: string, texts: string[], fn: (t: string) => unknown): number {
  for (const t of texts.slice(0, 200)) fn(t); // warm-up (JIT, regex compilation caches)
  const rounds = 20;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r += 1) for (const t of texts) fn(t);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = (rounds * texts.length) / seconds;
  console.log(`${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} tickets/s`);
  return rate;
}

/** 5-fold cross-validation of the whole classifier on the files the intent model trains on. */
function crossValidation(): void {
  const tickets = loadLabelledTexts(INTENT_MODEL_FILES.map((name) => dataFile(name)));
  const cv = crossValidate(tickets, 5);
  console.log(`\n== 5-fold cross-validation on the training files (${cv.total} tickets: ${INTENT_MODEL_FILES.join(', ')})`);
  console.log(`primary-intent accuracy: ${pct(cv.accuracy)}`);
  printPerIntent(cv.perIntent);
}

/** Files named with --file FILE or as bare arguments; the shipped evaluation files always come first. */
function parseArgs(args: readonly string[]): { files: string[]; showMisses: boolean; cv: boolean } {
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--file') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error('--file needs a path to a labelled JSON Lines file');
      files.push(next);
      i += 1;
    } else if (!arg.startsWith('--')) files.push(arg);
  }
  return { files, showMisses: args.includes('--misses'), cv: !args.includes('--no-cv') };
}

function main(): void {
  const { files, showMisses, cv } = parseArgs(process.argv.slice(2));
  const all: LabelledTicket[] = [];
  for (const file of [...DEFAULT_FILES, ...files.filter((f) => !DEFAULT_FILES.includes(f))]) {
    const tickets = loadLabelledTickets(isAbsolute(file) ? file : join(ROOT, file));
    all.push(...tickets);
    report(file, tickets, showMisses);
  }
  if (cv) crossValidation();
  const texts = all.map((t) => `${t.subject}\n${t.text}`);
  console.log('\n== throughput (one core, same run)');
  const ref = throughput('reference: placeholder regex', texts, reference);
  const ours = throughput('classifyIntents + detectCrisis', texts, (t) => {
    classifyIntents(t);
    detectCrisis(t);
  });
  const big = throughput('same, 20 KB tickets (input bound)', texts.slice(0, 20).map((t) => t.repeat(200)), (t) => {
    classifyIntents(t);
    detectCrisis(t);
  });
  console.log(`ratio ours/reference: ${(ours / ref).toFixed(4)} (reference does ~nothing; absolute rate is what matters)`);
  console.log(`20 KB tickets: ${Math.round(big)} tickets/s`);
}

main();
