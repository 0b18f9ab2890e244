/**
 * The one HTTP exchange both clients make: POST JSON, map the status to an outcome, parse JSON.
 * Never puts the request or the vendor's answer body into an error (either may echo ticket text).
 */
import { ProviderCallError } from './types';

/** `https://host` or `https://host/v1/` → `https://host/v1`: the OpenAI convention, tolerant of both spellings. */
export function apiBase(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /\/v1$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

export async function postJson(url: string, headers: Record<string, string>, body: unknown, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body), signal });
  if (response.status === 429) {
    await response.body?.cancel().catch(() => undefined);
    throw new ProviderCallError('rate_limited', 'HTTP 429', 429);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new ProviderCallError('error', `HTTP ${response.status}`, response.status);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderCallError('malformed', `answer is not JSON (${text.length} bytes)`, response.status);
  }
}

/** Zod's first issue as a short path + message (values are never included). */
export function firstIssue(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
