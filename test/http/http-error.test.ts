import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerChecker, bearerToken } from '../../src/http/bearer';
import { errorBody, isSnakeCase, sendError } from '../../src/http/http-error';
import * as hmac from '../../src/security/hmac';
import { expectErrorBody } from '../helpers/error-body';

const requestWith = (authorization?: string): IncomingMessage => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe('the one error body', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      if (req.url === '/fields') sendError(res, 400, 'invalid_payload', 'ticket_id is missing: add it to the body template', { fields: ['ticket_id'] });
      else sendError(res, 503, 'queue_unavailable', 'Redis is down: retry later', { headers: { 'Retry-After': '10' } });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is {"error":{"code","message"}} as JSON, keeping headers set earlier', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('retry-after')).toBe('10');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'queue_unavailable', message: 'Redis is down: retry later' } });
  });

  it('lists the offending fields where there are some', async () => {
    const body: unknown = await (await fetch(`${url}/fields`)).json();
    expectErrorBody(body, 'invalid_payload', /ticket_id/);
    expect(body).toEqual(errorBody('invalid_payload', 'ticket_id is missing: add it to the body template', ['ticket_id']));
  });

  it('knows snake_case codes', () => {
    for (const code of ['not_found', 'invalid_json', 'rate_limited', 'not_ready', 'http2_only']) expect(isSnakeCase(code)).toBe(true);
    for (const code of ['NotFound', 'not-found', 'not found', '_x', 'x_', '', 'a__b']) expect(isSnakeCase(code)).toBe(false);
  });
});

describe('bearer tokens', () => {
  it('reads the token of an Authorization: Bearer header only', () => {
    expect(bearerToken(requestWith('Bearer abc.def'))).toBe('abc.def');
    expect(bearerToken(requestWith('bearer   abc '))).toBe('abc');
    expect(bearerToken(requestWith('Basic abc'))).toBeNull();
    expect(bearerToken(requestWith('Bearer a b'))).toBeNull();
    expect(bearerToken(requestWith())).toBeNull();
  });

  it('matches only the configured token, comparing fixed-length digests whatever is presented', () => {
    const spy = jest.spyOn(hmac, 'safeEqual');
    const check = bearerChecker('the-configured-token-123');
    expect(check(requestWith('Bearer the-configured-token-123'))).toBe(true);
    expect(check(requestWith('Bearer the-configured-token-12'))).toBe(false);
    expect(check(requestWith('Bearer x'))).toBe(false);
    expect(check(requestWith())).toBe(false);
    expect(spy).toHaveBeenCalledTimes(4);
    for (const [expected, received] of spy.mock.calls) {
      expect(expected).toMatch(/^[0-9a-f]{64}$/);
      expect(received).toMatch(/^[0-9a-f]{64}$/);
    }
    spy.mockRestore();
  });

  it('matches nothing when no token is configured', () => {
    expect(bearerChecker(undefined)(requestWith('Bearer '))).toBe(false);
    expect(bearerChecker(undefined)(requestWith('Bearer anything'))).toBe(false);
  });
});
