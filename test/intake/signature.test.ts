import { verifyIntercomSignature } from '../../webhooks/intercom/signature';
import { parseSignatureTimestamp, verifyZendeskSignature } from '../../webhooks/zendesk/signature';
import { signIntercom, signZendesk, zendeskTimestamp } from '../helpers/signing';

const NOW = Date.parse('2025-01-08T12:00:00Z');
const BODY = '{"ticket_id":"1"}';
const headersOf = (signed: { headers: Record<string, string> }) => signed.headers;

describe('Zendesk signature', () => {
  const verify = (headers: Record<string, string>, body = BODY, secrets = ['secret-one-1']) =>
    verifyZendeskSignature(Buffer.from(body), headers, secrets, 300, NOW);

  test('accepts a signature over timestamp + raw body, with either rotation secret', () => {
    const ts = zendeskTimestamp(new Date(NOW));
    expect(verify(headersOf(signZendesk(BODY, 'secret-one-1', ts)))).toBeNull();
    expect(verify(headersOf(signZendesk(BODY, 'secret-two-2', ts)), BODY, ['secret-one-1', 'secret-two-2'])).toBeNull();
  });

  test('refuses other secrets, changed bytes, missing headers', () => {
    const ts = zendeskTimestamp(new Date(NOW));
    expect(verify(headersOf(signZendesk(BODY, 'secret-x-9', ts)))?.code).toBe('invalid_signature');
    expect(verify(headersOf(signZendesk(BODY, 'secret-one-1', ts)), `${BODY} `)?.code).toBe('invalid_signature');
    expect(verify({})?.code).toBe('missing_signature');
    expect(verify({ 'x-zendesk-webhook-signature': 'abc', 'x-zendesk-webhook-signature-timestamp': 'yesterday' })?.code).toBe('invalid_timestamp');
  });

  test('timestamp window is ±tolerance, inclusive', () => {
    const at = (offsetS: number) => verify(headersOf(signZendesk(BODY, 'secret-one-1', zendeskTimestamp(new Date(NOW + offsetS * 1000)))));
    expect(at(-300)).toBeNull();
    expect(at(300)).toBeNull();
    expect(at(-301)?.code).toBe('stale_timestamp');
    expect(at(301)?.code).toBe('stale_timestamp');
  });

  test('timestamps: ISO 8601 and unix seconds', () => {
    expect(parseSignatureTimestamp('2021-03-25T05:09:27Z')).toBe(Date.parse('2021-03-25T05:09:27Z'));
    expect(parseSignatureTimestamp('1736337600')).toBe(1736337600000);
    expect(parseSignatureTimestamp('25/03/2021')).toBeUndefined();
  });
});

describe('Intercom signature', () => {
  test('sha1=<hex> over the raw body; case-insensitive hex; rotation', () => {
    const signed = signIntercom(BODY, 'client-secret-1');
    expect(verifyIntercomSignature(Buffer.from(BODY), signed.headers, ['client-secret-1'])).toBeNull();
    expect(verifyIntercomSignature(Buffer.from(BODY), { 'x-hub-signature': signed.headers['x-hub-signature']?.toUpperCase().replace('SHA1=', 'sha1=') }, ['client-secret-1'])).toBeNull();
    expect(verifyIntercomSignature(Buffer.from(BODY), signed.headers, ['old-secret-000', 'client-secret-1'])).toBeNull();
    expect(verifyIntercomSignature(Buffer.from(BODY), signed.headers, ['other-secret-2'])?.code).toBe('invalid_signature');
    expect(verifyIntercomSignature(Buffer.from(BODY), { 'x-hub-signature': 'sha1=zz' }, ['client-secret-1'])?.code).toBe('invalid_signature');
    expect(verifyIntercomSignature(Buffer.from(BODY), {}, ['client-secret-1'])?.code).toBe('missing_signature');
  });
});
