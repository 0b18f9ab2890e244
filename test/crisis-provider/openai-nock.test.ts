/**
 * The two clients against nock'd OpenAI hosts: the exact requests (held to the OpenAI description
 * in test/fixtures/openapi), the mapping of answers, and statuses. Unmocked requests fail.
 */
import nock from 'nock';
import { createChatProvider } from '../../src/crisis-provider/openai-chat';
import { createModerationProvider } from '../../src/crisis-provider/openai-moderation';
import { chatCompletion } from '../helpers/fake-openai-server';
import { HelpdeskTraffic } from '../helpers/nock-helpdesk';

const OPENAI = 'https://api.openai.com';

function moderationAnswer(scores: Record<string, number>): Record<string, unknown> {
  const keys = ['harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm', 'self-harm/intent', 'self-harm/instructions', 'sexual', 'sexual/minors', 'violence', 'violence/graphic'];
  const category_scores = Object.fromEntries(keys.map((k) => [k, scores[k] ?? 0.0001]));
  const categories = Object.fromEntries(keys.map((k) => [k, k.startsWith('illicit') ? null : (scores[k] ?? 0) > 0.5]));
  const applied = Object.fromEntries(keys.map((k) => [k, ['text']]));
  return { id: 'modr-1', model: 'omni-moderation-2024-09-26', results: [{ flagged: Object.values(categories).some(Boolean), categories, category_scores, category_applied_input_types: applied }] };
}

const signal = () => new AbortController().signal;

describe('OpenAI clients (nock)', () => {
  let traffic: HelpdeskTraffic;
  beforeEach(() => {
    traffic = new HelpdeskTraffic();
  });
  afterEach(() => traffic.dispose());

  it('moderation: POST /v1/moderations with omni-moderation-latest and the bearer key; scores mapped onto the taxonomy', async () => {
    traffic.scope(OPENAI).post('/v1/moderations').reply(200, moderationAnswer({ 'self-harm/intent': 0.91, 'self-harm': 0.8 }));
    const provider = createModerationProvider({ apiKey: 'sk-test-key', baseUrl: 'https://api.openai.com/v1' });
    const answer = await provider.assess('I will end it tonight', signal());
    expect(answer).toMatchObject({ model: 'omni-moderation-2024-09-26', verdict: { tier: 'crisis', category: 'self_harm', score: 0.91 } });
    expect(traffic.lines()).toEqual(['POST /v1/moderations']);
    expect(traffic.requests[0]?.body).toEqual({ model: 'omni-moderation-latest', input: 'I will end it tonight' });
    expect(traffic.requests[0]?.headers.authorization).toBe('Bearer sk-test-key');
    traffic.assertConformantAndDone();
  });

  it('moderation: a base URL without /v1 gets it; 429 is rate_limited, 500 an error, a wrong shape malformed', async () => {
    const provider = createModerationProvider({ apiKey: 'sk-test-key', baseUrl: 'https://api.openai.com' });
    traffic.scope(OPENAI).post('/v1/moderations').reply(429, { error: { message: 'Rate limit reached' } });
    await expect(provider.assess('x', signal())).rejects.toMatchObject({ outcome: 'rate_limited', status: 429 });
    traffic.scope(OPENAI).post('/v1/moderations').reply(500, { error: { message: 'boom' } });
    await expect(provider.assess('x', signal())).rejects.toMatchObject({ outcome: 'error', detail: 'HTTP 500' });
    traffic.scope(OPENAI).post('/v1/moderations').reply(200, { model: 'omni', results: [{ flagged: 'yes' }] });
    await expect(provider.assess('x', signal())).rejects.toMatchObject({ outcome: 'malformed' });
    traffic.assertConformantAndDone();
  });

  it('chat: the nested json_schema response_format, temperature 0, the versioned prompt; a valid answer raises', async () => {
    const answer = { crisis: false, crisisReview: true, category: 'domestic_abuse', evidence: [{ excerpt: 'so he does not see it', kind: 'concealment', category: 'domestic_abuse' }], intent: 'other' };
    traffic.scope('https://llm.example.test').post('/v1/chat/completions').reply(200, chatCompletion(answer, { model: 'gpt-4o-mini-2024-07-18' }));
    const provider = createChatProvider({ baseUrl: 'https://llm.example.test/v1/', model: 'gpt-4o-mini', apiKey: 'sk-chat' });
    const result = await provider.assess('Please ship to my work address so he does not see it', signal());
    expect(result).toMatchObject({ model: 'gpt-4o-mini-2024-07-18', intent: 'other', verdict: { tier: 'review', category: 'domestic_abuse' } });
    const body = traffic.requests[0]?.body as Record<string, unknown> & { response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { required: string[] } } }; messages: Array<{ role: string; content: string }> };
    expect(body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, stream: false });
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema).toMatchObject({ name: 'riskdesk_crisis_v1', strict: true });
    expect(body.response_format.json_schema.schema.required).toEqual(['crisis', 'crisisReview', 'category', 'evidence', 'intent']);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0]?.content).toContain('suicidal_ideation:');
    expect(body.messages[1]?.content).toContain('so he does not see it');
    expect(traffic.requests[0]?.headers.authorization).toBe('Bearer sk-chat');
    traffic.assertConformantAndDone();
  });

  it('chat: Azure OpenAI gets its key in api-key; no key → no credentials sent', async () => {
    const none = { crisis: false, crisisReview: false, category: null, evidence: [], intent: 'refund_request' };
    traffic.scope('https://acme.openai.azure.com').post('/openai/v1/chat/completions').reply(200, chatCompletion(none));
    await createChatProvider({ baseUrl: 'https://acme.openai.azure.com/openai/v1', model: 'crisis-deployment', apiKey: 'azure-key' }).assess('refund please', signal());
    expect(traffic.requests[0]?.headers['api-key']).toBe('azure-key');
    expect(traffic.requests[0]?.headers.authorization).toBeUndefined();
    traffic.scope('https://llm.example.test').post('/v1/chat/completions').reply(200, chatCompletion(none));
    const local = await createChatProvider({ baseUrl: 'https://llm.example.test', model: 'llama3.1' }).assess('refund please', signal());
    expect(local.verdict.tier).toBe('none');
    expect(traffic.requests[1]?.headers.authorization).toBeUndefined();
    traffic.assertConformantAndDone();
  });

  it('fails an unmocked request instead of reaching the network', async () => {
    const provider = createModerationProvider({ apiKey: 'sk-test-key', baseUrl: 'https://api.openai.com/v1' });
    await expect(provider.assess('x', signal())).rejects.toThrow();
    expect(nock.isDone()).toBe(true);
  });
});
