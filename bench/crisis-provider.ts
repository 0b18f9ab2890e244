/**
 * npm run bench:crisis-provider — what the crisis second opinion costs riskdesk itself, apart
 * from the model's own latency: masking, the request, the answer's validation and the merge,
 * against a loopback OpenAI-compatible server that answers at once. The reference, measured in
 * the same run on the same texts, is the local detector alone (what every ticket pays anyway).
 * Also measured: a ticket while the circuit is open (the provider skipped).
 * BENCH_TICKETS (default 2000).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { createCrisisSecondOpinion } from '../src/crisis-provider/guarded-opinion';
import { createChatProvider } from '../src/crisis-provider/openai-chat';
import type { CrisisProvider } from '../src/crisis-provider/types';
import { createLogger } from '../src/logging/logger';
import { detectCrisis } from '../src/triage/crisis';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
const WARMUP = 200;
const logger = createLogger('silent');

const ANSWER = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 0,
  model: 'bench-model',
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', refusal: null, content: JSON.stringify({ crisis: false, crisisReview: true, category: 'third_party_concern', evidence: [{ excerpt: 'read like a goodbye', kind: 'goodbye', category: 'third_party_concern' }], intent: 'other' }) } }],
});

const OPENINGS = ['My order #WN-48213977 never arrived', 'The seller sent a fake card', 'I was charged twice for the live auction', 'Refund please, the box was crushed'];
const ENDINGS = ['', ' Reach me at jane.doe@example.com or +44 20 7946 0958.', ' Honestly I am so tired of all this, nothing matters anymore.', ' His last message to me read like a goodbye.'];
const texts = Array.from({ length: 64 }, (_, i) => `${OPENINGS[i % OPENINGS.length]}. Tracking has not moved for ${i % 9} days.${ENDINGS[(i >> 2) % ENDINGS.length]}`);

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function measure(work: (text: string) => unknown): Promise<{ p50: number; p95: number; mean: number }> {
  const timings: number[] = [];
  for (let i = 0; i < WARMUP + TICKETS; i += 1) {
    const text = texts[i % texts.length] ?? '';
    const started = process.hrtime.bigint();
    await work(text);
    if (i >= WARMUP) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { p50: quantile(timings, 0.5), p95: quantile(timings, 0.95), mean: timings.reduce((a, b) => a + b, 0) / timings.length };
}

async function main(): Promise<void> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  detectCrisis('warm up the local models');

  const ask = createCrisisSecondOpinion({ provider: createChatProvider({ baseUrl, model: 'bench-model' }), timeoutMs: 3000, logger });
  const dead: CrisisProvider = { name: 'chat', model: 'dead', promptVersion: null, assess: () => Promise.reject(new Error('down')) };
  const skipping = createCrisisSecondOpinion({ provider: dead, timeoutMs: 3000, logger, breaker: { failures: 1, cooldownMs: 3_600_000 } });
  await skipping('open the circuit', detectCrisis(''));

  const local = await measure((text) => detectCrisis(text));
  const withProvider = await measure((text) => ask(text, detectCrisis(text)));
  const skipped = await measure((text) => skipping(text, detectCrisis(text)));
  server.close();

  const row = (name: string, r: { p50: number; p95: number; mean: number }) =>
    `${name.padEnd(34)} p50 ${r.p50.toFixed(3)} ms  p95 ${r.p95.toFixed(3)} ms  mean ${r.mean.toFixed(3)} ms  ×${(r.mean / local.mean).toFixed(2)} of the reference`;
  console.log(`crisis second opinion, ${TICKETS} tickets each, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(row('reference: local detector alone', local));
  console.log(row('local + chat provider (loopback)', withProvider));
  console.log(row('local + provider skipped (open)', skipped));
  console.log(`riskdesk's own cost per provider call: ${(withProvider.mean - local.mean).toFixed(3)} ms mean, besides the model's latency`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
