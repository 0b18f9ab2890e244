/**
 * Classifier evaluation and throughput.
 *   npm run build && node dist/bench/classifier-eval.js [--misses] [FILE.jsonl ...]   (from the repo root)
 * Prints, per labelled file: primary-intent accuracy, per-intent precision/recall, the crisis
 * confusion matrix; then throughput (tickets/s) of classifyIntents+detectCrisis against the
 * original placeholder regex measured in the same run on the same tickets.
 */
import { join } from 'node:path';
import { computeMetrics, loadLabelledTickets, predict, type LabelledTicket } from '../src/triage/classify/evaluation';
import { classifyIntents } from '../src/triage/classify';
import { detectCrisis } from '../src/triage/crisis';
import { INTENTS } from '../src/triage/types';

// Default fixtures are resolved from the working directory (npm scripts run at the repo root).
const ROOT = process.cwd();
const DEFAULT_FILES = ['data/labelled-tickets.jsonl', 'test/fixtures/labelled-tickets-holdout.jsonl'];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(file: string, tickets: LabelledTicket[], showMisses: boolean): void {
  const m = computeMetrics(predict(tickets));
  console.log(`\n== ${file} (${m.total} tickets)`);
  console.log(`primary-intent accuracy: ${pct(m.intentAccuracy)}`);
  console.log('intent                      precision  recall  support');
  for (const intent of INTENTS) {
    const r = m.perIntent[intent];
    console.log(`${intent.padEnd(27)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(7)} ${String(r.support).padStart(8)}`);
  }
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

function main(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const files = args.filter((a) => !a.startsWith('--'));
  const all: LabelledTicket[] = [];
  for (const file of files.length > 0 ? files : DEFAULT_FILES) {
    const tickets = loadLabelledTickets(join(ROOT, file));
    all.push(...tickets);
    report(file, tickets, showMisses);
  }
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
