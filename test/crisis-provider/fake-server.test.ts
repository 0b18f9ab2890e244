/**
 * The guarded second opinion against a local OpenAI-compatible server (node:http on port 0):
 * every way a provider can fail leaves the local verdict standing, within the timeout, with one
 * redacted log line and the outcome in the audit and the metrics.
 */
import { Writable } from 'node:stream';
import { createCrisisSecondOpinion, type CrisisSecondOpinion } from '../../src/crisis-provider/guarded-opinion';
import { createChatProvider } from '../../src/crisis-provider/openai-chat';
import { createModerationProvider } from '../../src/crisis-provider/openai-moderation';
import { createLogger } from '../../src/logging/logger';
import { createMetrics } from '../../src/metrics/metrics';
import type { CrisisResult } from '../../src/triage/types';
import { assertDocumentedRequest } from '../helpers/openapi-conformance';
import { chatCompletion, startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server';

const TEXT = 'Order #A1001 never came. Write to jane.doe@example.com. Honestly I have the pills ready, this is goodbye.';
const LOCAL_NONE: CrisisResult = { crisis: false, crisisReview: false, category: null, score: 0.1, evidence: [] };
const LOCAL_CRISIS: CrisisResult = {
  crisis: true,
  crisisReview: false,
  category: 'suicidal_ideation',
  score: 0.97,
  evidence: [{ excerpt: 'I have the pills ready', kind: 'plan_or_means', category: 'suicidal_ideation', language: 'en', source: 'local' }],
};
const RAISE = { crisis: true, crisisReview: false, category: 'suicidal_ideation', evidence: [{ excerpt: 'I have the pills ready', kind: 'plan_or_means', category: 'suicidal_ideation' }], intent: 'item_not_received' };
const NOTHING = { crisis: false, crisisReview: false, category: null, evidence: [], intent: 'item_not_received' };
const TIMEOUT_MS = 300;

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('crisis second opinion against a fake OpenAI-compatible server', () => {
  let server: FakeOpenAiServer;
  beforeAll(async () => {
    server = await startFakeOpenAiServer();
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    server.received.length = 0;
  });

  function chatOpinion(log = capture(), metrics = createMetrics({ defaultMetrics: false })): { ask: CrisisSecondOpinion; log: ReturnType<typeof capture>; metrics: ReturnType<typeof createMetrics> } {
    const provider = createChatProvider({ baseUrl: server.baseUrl, model: 'llama3.1:8b' });
    return { ask: createCrisisSecondOpinion({ provider, timeoutMs: TIMEOUT_MS, logger: log.logger, metrics, breaker: { failures: 100 } }), log, metrics };
  }

  it('a success raises the tier; the audit names provider, model, prompt version, latency and the raise', async () => {
    server.answer({ body: chatCompletion(RAISE, { model: 'llama3.1:8b-instruct' }) });
    const { ask, metrics } = chatOpinion();
    const { result, audit } = await ask(TEXT, LOCAL_NONE, { ticketId: 't-1' });
    expect(result).toMatchObject({ crisis: true, crisisReview: false, category: 'suicidal_ideation' });
    expect(result.evidence).toEqual([expect.objectContaining({ source: 'provider', kind: 'plan_or_means' })]);
    expect(audit).toMatchObject({ provider: 'chat', model: 'llama3.1:8b-instruct', promptVersion: 'crisis-v1', outcome: 'ok', raisedTier: true, tier: 'crisis', category: 'suicidal_ideation', intent: 'item_not_received' });
    expect(audit.latencyMs).toBeGreaterThanOrEqual(0);
    // What left riskdesk: masked, and a documented request.
    const sent = server.received[0];
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(JSON.stringify(sent?.body)).not.toContain('jane.doe@example.com');
    expect(JSON.stringify(sent?.body)).toContain('[email]');
    assertDocumentedRequest('POST', `${server.baseUrl}/chat/completions`, sent?.body);
    expect(await metrics.registry.getSingleMetricAsString('riskdesk_crisis_provider_total')).toContain('riskdesk_crisis_provider_total{provider="chat",outcome="ok",raised="true"} 1');
  });

  it('a success that would lower does not: the local crisis stands', async () => {
    server.answer({ body: chatCompletion(NOTHING) });
    const { ask } = chatOpinion();
    const { result, audit } = await ask(TEXT, LOCAL_CRISIS);
    expect(result).toEqual(LOCAL_CRISIS);
    expect(audit).toMatchObject({ outcome: 'ok', raisedTier: false, tier: 'none' });
  });

  const failures: Array<[string, Parameters<FakeOpenAiServer['answer']>[0], string]> = [
    ['a 429', { status: 429, body: { error: { message: 'Too many requests' } } }, 'rate_limited'],
    ['a 500', { status: 500, body: { error: { message: 'internal' } } }, 'error'],
    ['malformed JSON', { body: '{"choices": [ {"message": ' }, 'malformed'],
    ['a refusal', { body: chatCompletion(null, { refusal: 'I can’t help with that.' }) }, 'error'],
    ['a schema-invalid answer', { body: chatCompletion({ crisis: 'yes', category: 'very_sad' }) }, 'malformed'],
    ['truncated JSON at the token limit', { body: chatCompletion('{"crisis": true, "crisisReview": fal', { finishReason: 'length' }) }, 'malformed'],
    ['a hang past the timeout', { hang: true }, 'timeout'],
  ];

  it.each(failures)('%s: the local verdict stands, one redacted log line, outcome recorded', async (_name, answer, outcome) => {
    server.answer(answer);
    const { ask, log, metrics } = chatOpinion();
    const started = Date.now();
    const { result, audit } = await ask(TEXT, LOCAL_NONE, { ticketId: 't-2' });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(result).toBe(LOCAL_NONE);
    expect(audit).toMatchObject({ provider: 'chat', outcome, raisedTier: false, tier: null });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: 40, provider: 'chat', outcome, ticketId: 't-2' });
    const line = JSON.stringify(log.lines[0]);
    expect(line).not.toMatch(/pills|goodbye|jane|A1001|Too many requests|very_sad/);
    expect(await metrics.registry.getSingleMetricAsString('riskdesk_crisis_provider_total')).toContain(`outcome="${outcome}",raised="false"} 1`);
  });

  it('a dead provider opens the circuit: later tickets skip it at once, then one trial call closes it again', async () => {
    server.answer({ status: 503, body: {} });
    let clock = 1_000_000;
    const log = capture();
    const provider = createModerationProvider({ apiKey: 'sk-test', baseUrl: server.baseUrl });
    const ask = createCrisisSecondOpinion({ provider, timeoutMs: TIMEOUT_MS, logger: log.logger, breaker: { failures: 2, cooldownMs: 10_000 }, now: () => clock });
    expect((await ask(TEXT, LOCAL_NONE)).audit.outcome).toBe('error');
    expect((await ask(TEXT, LOCAL_NONE)).audit.outcome).toBe('error');
    expect(log.lines[1]).toMatchObject({ skippingForMs: 10_000 });
    const skipped = await ask(TEXT, LOCAL_NONE);
    expect(skipped.audit).toMatchObject({ outcome: 'skipped', latencyMs: 0, provider: 'openai-moderation', model: 'omni-moderation-latest', promptVersion: null });
    expect(server.received).toHaveLength(2);
    clock += 10_001;
    server.answer({ body: { id: 'modr-1', model: 'omni-moderation-2024-09-26', results: [{ flagged: true, categories: {}, category_scores: { 'self-harm/intent': 0.45 } }] } });
    const trial = await ask(TEXT, LOCAL_NONE);
    expect(trial.audit).toMatchObject({ outcome: 'ok', raisedTier: true, tier: 'review', category: 'self_harm', model: 'omni-moderation-2024-09-26' });
    expect((await ask(TEXT, LOCAL_NONE)).audit.outcome).toBe('ok');
    for (const request of server.received) assertDocumentedRequest('POST', `${server.baseUrl}/moderations`, request.body);
  });

  it('a refused connection is an error, not a crash', async () => {
    const dead = await startFakeOpenAiServer();
    const baseUrl = dead.baseUrl;
    await dead.close();
    const ask = createCrisisSecondOpinion({ provider: createChatProvider({ baseUrl, model: 'm' }), timeoutMs: TIMEOUT_MS, logger: capture().logger });
    const { result, audit } = await ask(TEXT, LOCAL_CRISIS);
    expect(result).toBe(LOCAL_CRISIS);
    expect(audit).toMatchObject({ outcome: 'error', detail: 'ECONNREFUSED' });
  });
});
