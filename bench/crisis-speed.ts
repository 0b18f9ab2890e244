/**
 * Crisis detector speed on the webhook hot path.
 *   npm run build && node dist/bench/crisis-speed.js        (from the repo root)
 * Prints µs per ticket for: a baseline regex (the old one-line English check, measured in the
 * same run to calibrate the machine), mayBeCrisis (prefilter), detectCrisis (prefilter + anchor
 * windows) and the same patterns over the whole text (what every call used to cost), on
 *   - ordinary: every non-crisis fixture ticket wrapped in a realistic 1–2 KB email (greeting,
 *     order block, quoted support reply, signature) — one ticket's worth of customer words each;
 *   - hard: 1–2 KB bodies made only of hard negatives (idioms, anger), the worst case;
 *   - crisis: the crisis fixture tickets wrapped the same way.
 */
import { join } from 'node:path';
import { loadLabelledTickets, type LabelledTicket } from '../src/triage/classify/evaluation';
import { detectCrisis, mayBeCrisis } from '../src/triage/crisis';
import { detectCrisisWholeText } from '../src/triage/crisis/detect';

const FILES = ['data/labelled-tickets.jsonl', 'test/fixtures/labelled-tickets-holdout.jsonl', 'data/crisis-fresh.jsonl', 'data/crisis-fresh-2.jsonl'];
const tickets: LabelledTicket[] = FILES.flatMap((f) => loadLabelledTickets(join(process.cwd(), f)));

function wrap(t: LabelledTicket, i: number): string {
  return [
    `Hi support team,`, '',
    t.subject, t.text, '',
    `Order #WN-${48_000_000 + i} — placed ${1 + (i % 27)} Oct, paid $${(20 + i * 7) % 900}.99 by card ending ${1000 + (i % 8999)}.`,
    `Item: ${['Charizard VMAX PSA 10', 'Jordan 1 Retro High OG size 10', 'Amazing Spider-Man #300 CGC 9.4', 'One Piece OP-05 booster box'][i % 4]}`,
    `Seller: @shop_${i % 97}   Shipping: USPS Priority, tracking 9400 1000 0000 0000 ${String(i).padStart(4, '0')}`, '',
    'Thanks in advance, I have been a buyer here for two years and never had a problem before. Please let me know what',
    'information you need from me; I can send photos of the package, the label and the receipt if that helps.', '',
    'Best regards,', `Customer ${i}`, '',
    `On Mon, ${i % 28 + 1} Oct, Support <support@example.com> wrote:`,
    '> Thanks for reaching out! We have received your request and a member of our team will get back to you',
    '> within 24 hours. In the meantime you can check the status of your order in the app under Orders > Details.',
    '> If the seller has not shipped within 5 business days you can cancel the order for a full refund.',
    '> Kind regards, the Marketplace Support Team',
  ].join('\n');
}

function hardBodies(pool: LabelledTicket[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pool.length; i += 1) {
    let body = '';
    for (let j = i; body.length < 1200; j += 1) body += `${pool[j % pool.length]?.text ?? ''}\n`;
    out.push(body);
  }
  return out;
}

/** Best of five timed runs (the box is shared: the minimum is the least disturbed figure). */
function measure(label: string, texts: string[], fn: (t: string) => unknown): number {
  for (const t of texts) fn(t); // warm-up: JIT, regex compilation, memo tables
  const rounds = Math.max(2, Math.ceil(5_000 / texts.length));
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run += 1) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r += 1) for (const t of texts) fn(t);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e3 / (rounds * texts.length));
  }
  console.log(`  ${label.padEnd(36)} ${best.toFixed(2).padStart(9)} µs/ticket`);
  return best;
}

function suite(name: string, texts: string[]): void {
  const avg = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  const passed = texts.filter((t) => mayBeCrisis(t)).length;
  console.log(`\n== ${name}: ${texts.length} tickets, average ${avg} chars, ${passed} pass the prefilter`);
  const base = measure('baseline: one English regex', texts, (t) => /\b(kill myself|suicide|end my life)\b/i.test(t));
  const pre = measure('mayBeCrisis (prefilter)', texts, mayBeCrisis);
  const full = measure('detectCrisis (prefilter + windows)', texts, detectCrisis);
  const whole = measure('patterns over the whole text', texts, detectCrisisWholeText);
  console.log(`  ratios to baseline: prefilter ${(pre / base).toFixed(1)}×, detectCrisis ${(full / base).toFixed(1)}×, whole text ${(whole / base).toFixed(1)}×`);
}

const ordinary = tickets.filter((t) => !t.crisis);
const emails = ordinary.map(wrap);
suite('ordinary (non-crisis fixtures in 1–2 KB emails)', emails);
suite('ordinary, no anchor (the common case: prefilter says no)', emails.filter((t) => !mayBeCrisis(t)));
suite('hard (1–2 KB of idioms and anger only)', hardBodies(ordinary.filter((t) => /fresh/.test(t.id) || t.id.startsWith('f'))));
suite('crisis (crisis fixtures in 1–2 KB emails)', tickets.filter((t) => t.crisis).map(wrap));
