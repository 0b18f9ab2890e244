import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load-config';
import { createLogger } from '../src/logging/logger';
import { startServer } from '../src/server/start-server';
import { NO_CRISIS } from '../src/triage/crisis/result';
import { deleteRedisPrefix } from './redis-prefix';
import { startReferenceServer } from './reference-intake-server';

/**
 * `npm run bench:intake`: riskdesk's intake server vs a bare reference (Express 5 + raw body +
 * HMAC + one queue.add), each in its own process on loopback, driven by autocannon (50
 * connections) with signed Zendesk comment_added events whose ids are all distinct (nothing is
 * deduplicated). Rounds alternate between the two so machine noise hits both alike.
 */
const SECRET = 'bench-zendesk-secret-0001';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = 50;
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP_SECONDS = 2;
type Role = 'riskdesk' | 'reference';

const TEMPLATE = JSON.stringify({
  account_id: 22129848,
  detail: {
    actor_id: '8447388090494', assignee_id: '8447388090111', created_at: '2025-01-08T10:12:07Z',
    description: 'Hi, the seller of my PSA 10 Charizard never shipped it and stopped answering. Order #A-88213.',
    id: '__TICKET__', is_public: true, priority: 'normal', requester_id: '8447388090494', status: 'OPEN',
    subject: 'Seller never shipped my card', tags: ['buyer', 'web', 'cards'], updated_at: '2025-01-08T11:40:12Z', via: { channel: 'web_form' },
  },
  event: { comment: { author: { id: '8447388090494', is_staff: false, name: 'Jamie Buyer' }, body: `Any news? It has been two weeks and the tracking number is fake. ${'Details follow. '.repeat(40)}`, id: '30183716212510', is_public: true } },
  id: '__ID__',
  subject: 'zen:ticket:__TICKET__',
  time: '2025-01-08T11:40:12.118410003Z',
  type: 'zen:event-type:ticket.comment_added',
  zendesk_event_version: '2022-11-06',
});

async function startRole(role: Role, prefix: string): Promise<{ port: number; close: () => Promise<void> }> {
  if (role === 'reference') return startReferenceServer({ redisUrl: REDIS_URL, prefix, secret: SECRET });
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', REDIS_URL, ZENDESK_WEBHOOK_SECRET: SECRET, QUEUE_PREFIX: prefix });
  // BENCH_CRISIS=stub isolates intake's own cost from the crisis detector's (see README.md).
  const detectCrisis = process.env.BENCH_CRISIS === 'stub' ? () => NO_CRISIS : undefined;
  const handle = await startServer({ config, logger: createLogger('silent'), queuePrefix: prefix, jobDataKey: randomBytes(32), port: 0, detectCrisis });
  await handle.queue.waitUntilReady();
  return { port: handle.port, close: handle.close };
}

async function serveChild(role: Role, prefix: string): Promise<void> {
  const { port, close } = await startRole(role, prefix);
  process.on('message', (message: string) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    } else void close().then(() => process.exit(0));
  });
  process.send?.({ port });
}

function startChild(role: Role, prefix: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(__filename, ['--serve', role, prefix], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${role} server exited early (${code})`)));
  });
}

/** CPU time the server process has used so far (µs): per-request CPU is steadier than req/s on a busy machine. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message: { cpuMicros: number }) => resolve(message.cpuMicros));
    child.send('cpu');
  });
}

/** Shared by every drive of the run, so no two requests name the same ticket (nothing coalesces). */
let counter = 0;

function drive(port: number, seconds: number): Promise<autocannon.Result> {
  const run = randomUUID().slice(0, 8);
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/webhooks/zendesk',
        setupRequest: (request) => {
          counter += 1;
          const body = TEMPLATE.replace('__ID__', `${run}-${counter}`).replaceAll('__TICKET__', String(100_000 + counter));
          const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
          const signature = createHmac('sha256', SECRET).update(timestamp).update(body).digest('base64');
          return { ...request, body, headers: { 'content-type': 'application/json', 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp } };
        },
      },
    ],
  });
}

/** Redis's own CPU time so far (µs): intake's Redis work competes for the same two cores. */
async function redisCpu(): Promise<number> {
  const redis = new Redis(REDIS_URL);
  const info = await redis.info('cpu');
  await redis.quit();
  const seconds = (name: string): number => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return Math.round((seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1e6);
}

interface Tally { requests: number; seconds: number; p50: number[]; p99: number[]; non2xx: number; errors: number; cpuMicros: number; redisMicros: number }

async function measure(role: Role, tally: Tally): Promise<void> {
  const prefix = `bench-intake-${role}-${randomUUID().slice(0, 8)}`;
  const { child, port } = await startChild(role, prefix);
  try {
    await drive(port, WARMUP_SECONDS);
    const cpuBefore = await serverCpu(child);
    const redisBefore = await redisCpu();
    const clientBefore = process.cpuUsage();
    const result = await drive(port, ROUND_SECONDS);
    const client = process.cpuUsage(clientBefore);
    const cpuMicros = (await serverCpu(child)) - cpuBefore;
    const redisMicros = (await redisCpu()) - redisBefore;
    tally.cpuMicros += cpuMicros;
    tally.redisMicros += redisMicros;
    tally.requests += result.requests.total;
    tally.seconds += result.duration;
    tally.p50.push(result.latency.p50);
    tally.p99.push(result.latency.p99);
    tally.non2xx += result.non2xx;
    tally.errors += result.errors + result.timeouts;
    console.log(`  ${role.padEnd(9)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  CPU ${(cpuMicros / Math.max(result.requests.total, 1)).toFixed(0)} µs/req (Redis ${(redisMicros / Math.max(result.requests.total, 1)).toFixed(0)}, load generator ${((client.user + client.system) / Math.max(result.requests.total, 1)).toFixed(0)})  non-2xx ${result.non2xx}`);
  } finally {
    child.send('close');
    await new Promise((resolve) => child.once('exit', resolve));
    await deleteRedisPrefix(prefix, REDIS_URL);
  }
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

async function main(): Promise<void> {
  const tallies: Record<Role, Tally> = {
    reference: { requests: 0, seconds: 0, p50: [], p99: [], non2xx: 0, errors: 0, cpuMicros: 0, redisMicros: 0 },
    riskdesk: { requests: 0, seconds: 0, p50: [], p99: [], non2xx: 0, errors: 0, cpuMicros: 0, redisMicros: 0 },
  };
  console.log(`intake benchmark: ${CONNECTIONS} connections, ${ROUNDS} rounds × ${ROUND_SECONDS} s per server (after ${WARMUP_SECONDS} s warm-up)`);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const role of ['reference', 'riskdesk'] as const) await measure(role, tallies[role]);
  }
  const rate = (t: Tally): number => t.requests / Math.max(t.seconds, 1);
  console.log('\nrole       req/s   p50 ms  p99 ms  CPU µs/req  non-2xx  errors');
  for (const role of ['reference', 'riskdesk'] as const) {
    const t = tallies[role];
    console.log(`${role.padEnd(9)} ${rate(t).toFixed(0).padStart(6)}  ${mean(t.p50).toFixed(1).padStart(6)}  ${mean(t.p99).toFixed(1).padStart(6)}  ${(t.cpuMicros / Math.max(t.requests, 1)).toFixed(0).padStart(10)}  ${String(t.non2xx).padStart(7)}  ${String(t.errors).padStart(6)}`);
  }
  const ratio = rate(tallies.riskdesk) / Math.max(rate(tallies.reference), 1);
  const p99 = mean(tallies.riskdesk.p99);
  const cpu = (t: Tally): number => t.cpuMicros / Math.max(t.requests, 1);
  console.log(`\nratio riskdesk/reference: ${ratio.toFixed(2)} (target ≥ 0.90) — riskdesk p99 ${p99.toFixed(1)} ms (target ≤ 25 ms)`);
  console.log(`CPU per request, reference/riskdesk: ${(cpu(tallies.reference) / Math.max(cpu(tallies.riskdesk), 1)).toFixed(2)} (1.00 = as cheap as the reference)`);
  const failed = (['reference', 'riskdesk'] as const).filter((role) => tallies[role].non2xx + tallies[role].errors > 0);
  if (failed.length > 0) {
    // Error answers are cheaper than real work: a throughput figure that includes them means nothing.
    console.error(`\nINVALID RUN: ${failed.join(' and ')} answered non-2xx or failed requests; fix that before reading the figures above`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--serve') {
  void serveChild(process.argv[3] as Role, process.argv[4] ?? 'bench-intake');
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
