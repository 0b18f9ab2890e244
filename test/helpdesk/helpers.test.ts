import { classifyHelpdeskFailure, ConflictError, PermanentHelpdeskError, RateLimitedError, TransientHelpdeskError } from '../../src/helpdesk';
import { escapeHtml, htmlToText, suggestedReplySection } from '../../src/helpdesk/html';
import { toIntercomNoteHtml } from '../../src/helpdesk/intercom/note-html';
import { TagIdCache } from '../../src/helpdesk/intercom/tag-cache';
import { versionAcceptsPriority, versionSupportsMacros } from '../../src/helpdesk/intercom/version';
import { parseRateLimitReset, parseRetryAfter, retryAfterMsFrom } from '../../src/helpdesk/retry-after';
import { composeCustomerText, extractNoteRefs, MAX_CUSTOMER_TEXT_CHARS } from '../../src/helpdesk/ticket-text';
import { mergeMacroResults } from '../../src/helpdesk/zendesk/macro-merge';
import type { Ticket } from '../../src/domain/ticket';

const ctx = { source: 'zendesk' as const, operation: 'op' };

describe('retry-after parsing', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it('reads seconds, HTTP dates and unix resets; clamps to at least 1 s', () => {
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('0', now)).toBe(1000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRateLimitReset(String(now / 1000 + 9), now)).toBe(9000);
    expect(retryAfterMsFrom({ retryAfter: '4', rateLimitReset: String(now / 1000 + 9) }, 60_000, now)).toBe(4000);
    expect(retryAfterMsFrom({}, 60_000, now)).toBe(60_000);
  });
});

describe('classifyHelpdeskFailure', () => {
  it('maps SDK-shaped errors by status', () => {
    const withStatus = (statusCode: number, extra: Record<string, unknown> = {}) => Object.assign(new Error('x'), { statusCode, ...extra });
    expect(classifyHelpdeskFailure(withStatus(409), ctx)).toBeInstanceOf(ConflictError);
    expect(classifyHelpdeskFailure(withStatus(404, { result: { error: 'RecordNotFound' } }), ctx)).toMatchObject({ constructor: PermanentHelpdeskError, vendorAnswer: '{"error":"RecordNotFound"}' });
    expect(classifyHelpdeskFailure(withStatus(408), ctx)).toBeInstanceOf(TransientHelpdeskError);
    const headers = new Headers({ 'retry-after': '2' });
    expect(classifyHelpdeskFailure(withStatus(429, { rawResponse: { headers } }), { source: 'intercom', operation: 'x' })).toMatchObject({ retryAfterMs: 2000 });
    expect(classifyHelpdeskFailure(withStatus(429), { source: 'intercom', operation: 'x' })).toMatchObject({ constructor: RateLimitedError, retryAfterMs: 10_000 });
  });

  it('treats network errors and unknown throws as transient, and truncates long vendor answers', () => {
    expect(classifyHelpdeskFailure(Object.assign(new Error('connect'), { code: 'ECONNRESET' }), ctx)).toBeInstanceOf(TransientHelpdeskError);
    expect(classifyHelpdeskFailure('weird', ctx)).toBeInstanceOf(TransientHelpdeskError);
    const long = classifyHelpdeskFailure(Object.assign(new Error('x'), { statusCode: 400, result: 'e'.repeat(2000) }), ctx) as PermanentHelpdeskError;
    expect(long.vendorAnswer?.length).toBeLessThanOrEqual(501);
  });
});

describe('text and HTML helpers', () => {
  it('finds note refs', () => {
    expect(extractNoteRefs('a rd-0123abcd b rd-0123abcd rd-xyz12345 rd-0123456789abcdef0 <code>rd-deadbeef00</code>')).toEqual(['rd-0123abcd', 'rd-deadbeef00']);
  });

  it('bounds the customer text, keeping the opener and the newest messages', () => {
    const messages = ['opener', ...Array.from({ length: 30 }, (_, i) => `message ${i} ${'x'.repeat(600)}`)];
    const text = composeCustomerText(messages);
    expect(text.length).toBeLessThanOrEqual(MAX_CUSTOMER_TEXT_CHARS);
    expect(text.startsWith('opener')).toBe(true);
    expect(text).toContain('message 29');
    expect(text).not.toContain('message 5 ');
    expect(composeCustomerText(['same', 'same', ' '])).toBe('same');
  });

  it('escapes suggested replies and reads text out of HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(htmlToText('<p>Hi&nbsp;<b>you</b></p><p>2 &lt; 3</p><script>alert(1)</script>')).toBe('Hi you\n2 < 3');
    expect(suggestedReplySection('macro 1', '<script>x</script>\n\nbye')).toBe('<h3>Suggested reply (macro 1)</h3><blockquote><p>&lt;script&gt;x&lt;/script&gt;</p><p>bye</p></blockquote>');
  });

  it('reduces note HTML to what Intercom renders', () => {
    expect(toIntercomNoteHtml('<div class="x"><h3>Title</h3><p style="c">a <a href="https://m.test/u/1" onclick="e()">link</a> <a href="javascript:x">bad</a></p><span>s</span><script>evil()</script></div>')).toBe(
      '<p><b>Title</b></p><p>a <a href="https://m.test/u/1">link</a> <a>bad</a></p>s',
    );
  });
});

describe('Intercom version gates and tag cache', () => {
  it('accepts priority only on Unstable; macros from 2.15', () => {
    expect(versionAcceptsPriority('2.14')).toBe(false);
    expect(versionAcceptsPriority('2.16')).toBe(false);
    expect(versionAcceptsPriority('Unstable')).toBe(true);
    expect(versionSupportsMacros('2.14')).toBe(false);
    expect(versionSupportsMacros('2.15')).toBe(true);
    expect(versionSupportsMacros('2.9')).toBe(false);
    expect(versionSupportsMacros('Preview')).toBe(true);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new TagIdCache(2);
    cache.set('A', '1');
    cache.set('b', '2');
    expect(cache.get('a')).toBe('1');
    cache.set('c', '3');
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('A')).toBe('1');
  });
});

describe('mergeMacroResults', () => {
  const current: Ticket = { source: 'zendesk', id: '1', channel: 'web', subject: '', text: '', requester: {}, tags: ['a'], status: 'open', priority: 'normal' };
  it('takes only what a macro changes; our explicit values win', () => {
    const merged = mergeMacroResults(current, { priority: 'high', tags: ['ours'], customFields: [{ id: 9, value: 'ours' }] }, [
      { macroId: 1, apply: { result: { ticket: { status: 'open', priority: 'low', group_id: 5, assignee_id: 77, tags: ['a', 'm'], custom_fields: [{ id: 9, value: 'macro' }, { id: 10, value: 'm10' }] } } } },
    ]);
    expect(merged.fields).toEqual({ priority: 'high', group_id: 5, custom_fields: [{ id: 9, value: 'ours' }, { id: 10, value: 'm10' }] });
    expect(merged.tags).toEqual(['m', 'ours']);
    expect(merged.suggestedReplies).toEqual([]);
  });
});
