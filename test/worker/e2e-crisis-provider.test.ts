/**
 * CRISIS_PROVIDER=chat through the real service: a signed Zendesk webhook in, the worker composed
 * from the environment asks a local OpenAI-compatible server, and the decision, its audit record
 * and the metrics show the second opinion (shadow mode, embedded database).
 */
import { findDecisionById } from '../../src/audit/decision-store';
import { chatCompletion, startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server';
import { assertDocumentedRequest } from '../helpers/openapi-conformance';
import { signZendesk, uniqueTicketId, zendeskTicketCreated } from '../helpers/signing';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startHarness, ZENDESK_SECRET, type Harness } from './harness';

let testDb: TestDb;
let h: Harness;
let llm: FakeOpenAiServer;

beforeAll(async () => {
  testDb = await createTestDb('pglite');
  llm = await startFakeOpenAiServer();
  h = await startHarness(testDb.db, {
    // No helpdesk credentials: hydrate from the webhook, decide and record in shadow mode.
    ZENDESK_API_URL: '',
    ZENDESK_EMAIL: '',
    ZENDESK_API_TOKEN: '',
    INTERCOM_ACCESS_TOKEN: '',
    WRITEBACK_MODE: 'shadow',
    CRISIS_PROVIDER: 'chat',
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'llama3.1:8b',
    CRISIS_PROVIDER_TIMEOUT_MS: '1000',
  });
}, 90_000);
afterAll(async () => {
  await h?.close();
  await llm?.close();
  await testDb?.cleanup();
});

/** Posts a signed webhook; once more if the kept-alive connection was closed under it (same delivery id: deduped). */
async function deliver(payload: object) {
  const request = signZendesk(payload, ZENDESK_SECRET);
  return h.post('/webhooks/zendesk', request).catch(() => h.post('/webhooks/zendesk', request));
}

describe('worker end to end — crisis second opinion', () => {
  it('the provider raises a routine-looking ticket to review; the audit and metrics show it', async () => {
    llm.answer({ body: chatCompletion({ crisis: false, crisisReview: true, category: 'third_party_concern', evidence: [{ excerpt: 'the seller said goodbye to everyone', kind: 'goodbye', category: 'third_party_concern' }], intent: 'item_not_received' }) });
    const id = uniqueTicketId();
    const description = 'My card never arrived. Odd: in the last stream the seller said goodbye to everyone. Reach me at jane@example.com';
    const accepted = await deliver(zendeskTicketCreated({ ticketId: id, description }));
    expect(accepted.status).toBe(202);
    const [row] = await h.waitForDecisions('zendesk', id, 1, 20_000);
    expect(row?.outcome).toBe('shadow');
    const detail = await findDecisionById(h.db, row?.id ?? '0');
    expect(detail?.crisisProvider).toMatchObject({ provider: 'chat', model: 'fake-model-2026', promptVersion: 'crisis-v1', outcome: 'ok', tier: 'review', category: 'third_party_concern' });
    const sent = llm.received.at(-1);
    assertDocumentedRequest('POST', `${llm.baseUrl}/chat/completions`, sent?.body);
    expect(JSON.stringify(sent?.body)).toContain('said goodbye to everyone');
    expect(JSON.stringify(sent?.body)).not.toContain('jane@example.com');
    const metrics = await h.metrics.registry.getSingleMetricAsString('riskdesk_crisis_provider_total');
    expect(metrics).toMatch(/riskdesk_crisis_provider_total\{provider="chat",outcome="ok",raised="(true|false)"\} 1/);
  });

  it('a provider that answers 500 leaves the ticket decided on the local verdict, outcome recorded', async () => {
    llm.answer({ status: 500, body: { error: { message: 'model crashed' } } });
    const id = uniqueTicketId();
    const accepted = await deliver(zendeskTicketCreated({ ticketId: id, description: 'Where is my parcel? Order #A4004.' }));
    expect(accepted.status).toBe(202);
    const [row] = await h.waitForDecisions('zendesk', id, 1, 20_000);
    expect(row).toMatchObject({ outcome: 'shadow', crisis: false });
    expect((await findDecisionById(h.db, row?.id ?? '0'))?.crisisProvider).toMatchObject({ outcome: 'error', detail: 'HTTP 500', raisedTier: false });
  });
});
