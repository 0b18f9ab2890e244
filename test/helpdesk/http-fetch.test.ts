/**
 * The Zendesk client's fetch over node:http(s): against a real loopback server it sends what it is
 * given and answers with a standard Response; aborts and refused connections reject the way the
 * failure classifier expects (transient).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyHelpdeskFailure, TransientHelpdeskError } from '../../src/helpdesk';
import { nodeHttpFetch } from '../../src/helpdesk/http-fetch';

let server: Server;
let base: string;
let seen: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === '/empty') return void res.writeHead(204).end();
      if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 500);
      res.writeHead(req.url === '/limited' ? 429 : 200, { 'content-type': 'application/json', 'retry-after': '7', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ echo: body, method: req.method }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

describe('nodeHttpFetch', () => {
  it('sends method, headers and body, and answers a Response with status, headers and JSON', async () => {
    const response = await nodeHttpFetch(`${base}/tickets/1.json`, { method: 'PUT', headers: { authorization: 'Basic abc', 'content-type': 'application/json' }, body: '{"ticket":{}}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('set-cookie')).toContain('a=1');
    expect(await response.json()).toEqual({ echo: '{"ticket":{}}', method: 'PUT' });
    expect(seen[0]).toMatchObject({ method: 'PUT', url: '/tickets/1.json', headers: expect.objectContaining({ authorization: 'Basic abc', 'content-type': 'application/json' }) });
  });

  it('keeps error statuses as answers (the transport decides what they mean) and gives 204 no body', async () => {
    const limited = await nodeHttpFetch(`${base}/limited`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    const empty = await nodeHttpFetch(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
  });

  it('an abort (the request timeout) rejects, and the classifier calls it transient', async () => {
    const failure = await nodeHttpFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'AbortError' });
    expect(classifyHelpdeskFailure(failure, { source: 'zendesk', operation: 'show_ticket' })).toBeInstanceOf(TransientHelpdeskError);
  });

  it('a refused connection rejects as transient too', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = await nodeHttpFetch(`http://127.0.0.1:${port}/x`).catch((error: unknown) => error);
    expect(classifyHelpdeskFailure(failure, { source: 'zendesk', operation: 'show_ticket' })).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses what it does not implement instead of sending something else', async () => {
    await expect(nodeHttpFetch('ftp://example.test/x')).rejects.toThrow(/ftp:/);
    await expect(nodeHttpFetch(`${base}/x`, { method: 'POST', body: new Uint8Array([1]) })).rejects.toThrow(/string request bodies/);
    expect(seen).toHaveLength(0);
  });
});
