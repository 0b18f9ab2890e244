/**
 * Crisis detector speed, per ticket, as the worker and intake call it.
 *   npm run bench:crisis
 * Tickets: every ticket shipped in data/ (data/*.jsonl, data/crisis/*.jsonl, data/eval/*.jsonl) as
 * written ("ordinary"), the same wrapped in realistic 1–2 KB emails (greeting, order block, quoted
 * support reply, signature) — all of them, and only the everyday ones (nobody in danger, not written
 * to look dangerous) — and long threads of 10–30 KB: as intake reads them (the webhook's text, at
 * most 16,000 characters, head and tail), as the worker reads them (the customer's messages
 * composed by the helpdesk client: the opener and the newest, at most 8,000 characters) and whole
 * ("long", past what either passes: a stress test of the detector's own bound). Each call is timed on its own;
 * a ticket's time is its median over the timed passes. Printed: p50 and p99 over tickets for a
 * reference measured in the same run (lower-casing plus one English regex: the cheapest possible
 * check), mayBeCrisis (the gate) and detectCrisis (gate + patterns + model), with ratios.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis, mayBeCrisis } from '../src/triage/crisis';
import { getCrisisModel } from '../src/triage/crisis/model-training';
import { composeCustomerText } from '../src/helpdesk/ticket-text';
import { scannedText } from '../webhooks/accept-event';
import { emailMessages, emailThread, wrap } from './email-wrap';

const root = process.cwd();
const PASSES = 7;

interface ShippedTicket {
  text: string;
  /** Someone in danger, or written to look like it: most shipped corpus lines, few real tickets. */
  dangerous: boolean;
}

function ticketsIn(dir: string): ShippedTicket[] {
  const out: ShippedTicket[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { subject?: string; text?: string; crisis?: boolean; hardNegative?: boolean };
      const text = `${row.subject ?? ''}\n${row.text ?? ''}`.trim();
      if (text !== '') out.push({ text, dangerous: row.crisis === true || row.hardNegative === true });
    }
  }
  return out;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** p50 and p99 (µs) over tickets of each ticket's median time. */
function measure(texts: string[], fn: (t: string) => unknown): { p50: number; p99: number } {
  for (const t of texts) fn(t);
  const times: number[][] = texts.map(() => []);
  for (let pass = 0; pass < PASSES; pass += 1) {
    texts.forEach((t, i) => {
      const start = process.hrtime.bigint();
      fn(t);
      times[i]?.push(Number(process.hrtime.bigint() - start) / 1e3);
    });
  }
  const medians = times.map((ts) => ts.sort((a, b) => a - b)[Math.floor(ts.length / 2)] ?? 0).sort((a, b) => a - b);
  return { p50: percentile(medians, 0.5), p99: percentile(medians, 0.99) };
}

const REFERENCE_RE = /\b(?:kill myself|suicide|end my life)\b/;
const reference = (t: string): boolean => REFERENCE_RE.test(t.toLowerCase());

function suite(name: string, texts: string[]): void {
  const avg = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  const opened = texts.filter((t) => mayBeCrisis(t)).length;
  console.log(`\n== ${name}: ${texts.length} tickets, average ${avg} chars, ${opened} (${((100 * opened) / texts.length).toFixed(0)}%) open the gate`);
  const ref = measure(texts, reference);
  const gate = measure(texts, mayBeCrisis);
  const full = measure(texts, detectCrisis);
  const row = (label: string, m: { p50: number; p99: number }): string =>
    `  ${label.padEnd(34)} p50 ${m.p50.toFixed(1).padStart(7)} µs (${(m.p50 / ref.p50).toFixed(1)}×)   p99 ${m.p99.toFixed(1).padStart(7)} µs (${(m.p99 / ref.p99).toFixed(1)}×)`;
  console.log(row('reference: lowercase + one regex', ref));
  console.log(row('mayBeCrisis (gate)', gate));
  console.log(row('detectCrisis (gate + patterns + model)', full));
}

const started = Date.now();
getCrisisModel();
console.log(`model ready in ${Date.now() - started} ms (trained, or read from the cache in the temp folder)`);
const shipped = [...ticketsIn(join(root, 'data')), ...ticketsIn(join(root, 'data', 'crisis')), ...ticketsIn(join(root, 'data', 'eval'))];
const ordinary = shipped.map((t) => t.text);
const everyday = shipped.filter((t) => !t.dangerous).map((t) => t.text);
suite('ordinary (every shipped ticket as written)', ordinary);
suite('emails (each ticket in a 1–2 KB email)', ordinary.map(wrap));
// The shipped corpus is mostly danger and its look-alikes; a queue is mostly everyday tickets.
suite('everyday emails (the same, only tickets nobody wrote to look dangerous)', everyday.map(wrap));
const threads = Array.from({ length: 200 }, (_, i) => i * 13);
suite('worker threads (10–30 KB threads as the worker reads them: opener + newest messages, ≤ 8 KB)', threads.map((i) => composeCustomerText(emailMessages(ordinary, i))));
suite('intake threads (the same as intake reads them: head and tail, ≤ 16 KB)', threads.map((i) => scannedText('', emailThread(ordinary, i))));
suite('long (10–30 KB threads, whole)', threads.map((i) => emailThread(ordinary, i)));
