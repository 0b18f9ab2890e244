/**
 * `npm run bench:label-memory`: what the label memory adds to a decision. decide() with the live
 * (corpus) model alone is the reference measured in the same run; then decide() with the label
 * memory merged, holding BENCH_MEMORY flagged texts (default 2,000 and 20,000 — the cap). Prints
 * per-ticket times and the ratio to the reference, rounds interleaved so machine noise hits all alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLabelMemory, type LabelMemory } from '../src/learning/memory/label-memory';
import { withLabelMemory } from '../src/learning/memory/merge-label-memory';
import { packageRoot } from '../src/triage/classify/bayes/data-files';
import { detectCrisis } from '../src/triage/crisis';
import { decide } from '../src/triage/decide';
import { loadRules } from '../src/triage/rules/load-rules';
import type { Ticket } from '../src/domain/ticket';

const SIZES = (process.env.BENCH_MEMORY ?? '2000,20000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function corpusTexts(): string[] {
  const raw = readFileSync(join(packageRoot(), 'data', 'labelled-tickets.jsonl'), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const t = JSON.parse(line) as { subject: string; text: string };
      return `${t.subject}\n${t.text}`;
    });
}

function flaggedTexts(n: number, base: string[]): Array<{ labelId: string; text: string }> {
  // Realistic lengths and vocabulary: corpus tickets with a distinct tail, so none is a duplicate.
  return Array.from({ length: n }, (_, i) => ({ labelId: String(i), text: `${base[i % base.length] ?? ''} ref ${i.toString(36)} case ${(i * 7919).toString(36)}` }));
}

function timeIt(tickets: Ticket[], run: (t: Ticket) => void): number {
  const started = process.hrtime.bigint();
  for (const t of tickets) run(t);
  return Number(process.hrtime.bigint() - started) / 1e6 / tickets.length;
}

function main(): void {
  const rules = loadRules(join(packageRoot(), 'config', 'rules.yaml'));
  const texts = corpusTexts();
  const tickets: Ticket[] = texts.slice(0, 400).map((text, i) => ({ source: 'zendesk', id: String(i), channel: 'email', subject: '', text, requester: {}, tags: [] }));
  const memories: Array<[number, LabelMemory]> = SIZES.map((n) => [n, buildLabelMemory(flaggedTexts(n, texts))]);
  for (const t of tickets.slice(0, 50)) decide(t, null, rules); // warm the models and the JIT
  const totals = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round += 1) {
    totals.set('reference', (totals.get('reference') ?? 0) + timeIt(tickets, (t) => decide(t, null, rules)));
    for (const [n, memory] of memories) {
      const detect = withLabelMemory(detectCrisis, () => memory);
      totals.set(`memory ${n}`, (totals.get(`memory ${n}`) ?? 0) + timeIt(tickets, (t) => decide(t, null, rules, { detectCrisis: detect })));
    }
  }
  const reference = (totals.get('reference') ?? 0) / ROUNDS;
  console.log(`decide() per ticket over ${tickets.length} tickets, ${ROUNDS} rounds`);
  for (const [name, total] of totals) {
    const ms = total / ROUNDS;
    console.log(`${name.padEnd(14)} ${ms.toFixed(3)} ms  ratio ${(ms / reference).toFixed(2)}`);
  }
}

main();
