/**
 * Records every request nock intercepts for the helpdesk hosts, so a test can assert the exact
 * requests riskdesk sent AND that each one is a documented operation with a valid body.
 */
import nock from 'nock';
import { assertDocumentedRequest } from './openapi-conformance';

export interface RecordedRequest {
  method: string;
  /** Full URL, query included. */
  url: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
}

interface InterceptedRequest {
  method: string;
  path: string;
  options: { href?: string; host?: string; protocol?: string };
  headers: Record<string, string | string[] | undefined>;
}

function parseBody(body: string | undefined): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

export class HelpdeskTraffic {
  readonly requests: RecordedRequest[] = [];
  readonly unmatched: string[] = [];
  private readonly scopes: nock.Scope[] = [];
  // Loopback requests pass through to real local servers (allowed by test/setup/env.ts): not vendor traffic.
  private readonly onNoMatch = (req: { method?: string; path?: string; hostname?: string; options?: { host?: string; hostname?: string } }) => {
    const host = req.hostname ?? req.options?.hostname ?? req.options?.host ?? '';
    if (!/^(127\.0\.0\.1|localhost|\[?::1\]?)(:\d+)?$/.test(host)) this.unmatched.push(`${req.method ?? '?'} ${host}${req.path ?? '?'}`);
  };

  constructor() {
    nock.emitter.on('no match', this.onNoMatch);
  }

  /** A nock scope for `baseUrl` whose every intercepted request is recorded. */
  scope(baseUrl: string, options?: nock.Options): nock.Scope {
    const scope = nock(baseUrl, options);
    scope.on('request', (req: InterceptedRequest, _interceptor: unknown, body: string) => {
      const url = new URL(req.path, baseUrl);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      this.requests.push({ method: req.method, url: url.toString(), path: url.pathname, query: url.searchParams, headers, body: parseBody(body) });
    });
    this.scopes.push(scope);
    return scope;
  }

  /** `METHOD /path` lines, in order — handy for exact-sequence assertions. */
  lines(): string[] {
    return this.requests.map((request) => `${request.method} ${request.path}`);
  }

  /** Every recorded request is a documented operation with a valid body; nothing unmatched; every mock used. */
  assertConformantAndDone(): void {
    for (const request of this.requests) assertDocumentedRequest(request.method, request.url, request.body);
    if (this.unmatched.length > 0) throw new Error(`Requests reached nock without a mock: ${this.unmatched.join(', ')}`);
    const pending = this.scopes.flatMap((scope) => scope.pendingMocks());
    if (pending.length > 0) throw new Error(`Mocks never called: ${pending.join(', ')}`);
    if (!nock.isDone()) throw new Error(`nock has pending mocks: ${nock.pendingMocks().join(', ')}`);
  }

  dispose(): void {
    nock.emitter.removeListener('no match', this.onNoMatch);
    nock.cleanAll();
  }
}

/**
 * A fresh HelpdeskTraffic for every test of the file, checked and disposed after it: every mocked
 * call made and conformant to the vendored OpenAPI, nothing unmocked. Returns the current one.
 */
export function trafficPerTest(): () => HelpdeskTraffic {
  let traffic: HelpdeskTraffic | null = null;
  beforeEach(() => (traffic = new HelpdeskTraffic()));
  afterEach(() => {
    try {
      traffic?.assertConformantAndDone();
    } finally {
      traffic?.dispose();
    }
  });
  return () => {
    if (traffic === null) throw new Error('trafficPerTest(): used outside a test — call it inside it(), beforeEach() or afterEach()');
    return traffic;
  };
}
