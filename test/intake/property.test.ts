import fc from 'fast-check';
import { loadWebhookFixture, signIntercom, signZendesk } from '../helpers/signing';
import { INTERCOM_SECRET, startTestIntake, ZENDESK_SECRET, type TestIntake } from './support';

const PATHS = ['/webhooks/zendesk', '/webhooks/intercom'] as const;
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/vnd.api+json', ''];

const headerValue = fc.oneof(fc.string({ maxLength: 60 }), fc.base64String({ maxLength: 60 }), fc.constantFrom('sha1=', 'sha1=' + 'a'.repeat(40), '2025-01-01T00:00:00Z', '0'));
const rawBody = fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 3 }), fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')));

/** Valid fixtures with one field replaced by something random: exercises the schema, not just JSON.parse. */
const FIXTURES = {
  zendesk: ['ticket-created', 'comment-added', 'tags-changed', 'trigger-body'].map((name) => loadWebhookFixture('zendesk', name)),
  intercom: ['conversation-user-created', 'conversation-user-replied', 'ping'].map((name) => loadWebhookFixture('intercom', name)),
};
const mutated = (vendor: 'zendesk' | 'intercom') =>
  fc.tuple(fc.constantFrom(...FIXTURES[vendor]), fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([fixture, value, pick]) => {
    const copy = structuredClone(fixture) as Record<string, unknown>;
    const keys = Object.keys(copy);
    copy[keys[pick % keys.length] ?? 'id'] = value;
    return JSON.stringify(copy);
  });

describe('intake: property — no input crashes it or sneaks into the queue', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ LOG_LEVEL: 'silent' });
  });
  afterAll(async () => intake.close());

  test('unsigned or wrongly signed random requests: never 5xx, never enqueued', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        rawBody,
        fc.constantFrom(...CONTENT_TYPES),
        fc.dictionary(fc.constantFrom('x-zendesk-webhook-signature', 'x-zendesk-webhook-signature-timestamp', 'x-hub-signature', 'x-zendesk-webhook-invocation-id'), headerValue),
        async (path, body, contentType, headers) => {
          const sendHeaders: Record<string, string> = { ...headers };
          if (contentType) sendHeaders['content-type'] = contentType;
          const res = await intake.post(path, { body, headers: sendHeaders });
          expect([400, 401, 404, 413, 415]).toContain(res.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(await intake.jobCount()).toBe(0);
  });

  test('correctly signed random or mutated payloads: never 5xx; only 202-with-id enqueues', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('zendesk' as const, 'intercom' as const),
        fc.boolean(),
        fc.oneof(rawBody, mutated('zendesk'), mutated('intercom')),
        async (vendor, useFixture, random) => {
          const body = useFixture ? random : JSON.stringify(random);
          const signed = vendor === 'zendesk' ? signZendesk(body, ZENDESK_SECRET) : signIntercom(body, INTERCOM_SECRET);
          const res = await intake.post(`/webhooks/${vendor}`, signed);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
          if (res.status === 202 && typeof res.body.id === 'string' && res.body.duplicate !== true) accepted += 1;
        },
      ),
      { numRuns: 200 },
    );
    expect(await intake.jobCount()).toBe(accepted);
  });
});
