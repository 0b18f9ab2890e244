import { assertDocumentedRequest, findDocumentedOperation } from '../helpers/openapi-conformance';

/** The harness must be able to fail: undocumented paths and wrong bodies are rejected. */
describe('OpenAPI conformance harness', () => {
  const IC = 'https://api.intercom.io';
  const ZD = 'https://x.zendesk.com/api/v2';

  it('finds documented operations, preferring literal templates and ignoring .json', () => {
    expect(findDocumentedOperation('GET', `${ZD}/macros/search.json?query=x`)?.template).toBe('/api/v2/macros/search');
    expect(findDocumentedOperation('GET', `${ZD}/tickets/5/macros/7/apply.json`)?.operationId).toBe('ShowTicketAfterChanges');
    expect(findDocumentedOperation('POST', `${IC}/conversations/1/reply`)?.operationId).toBe('replyConversation');
    expect(findDocumentedOperation('PATCH', `${IC}/conversations/1`)).toBeUndefined();
    expect(() => assertDocumentedRequest('GET', `${ZD}/nope/5`)).toThrow(/Undocumented request/);
  });

  it('validates Intercom bodies against the 2.14 schemas with $refs resolved', () => {
    expect(() => assertDocumentedRequest('POST', `${IC}/conversations/1/reply`, { message_type: 'note', type: 'admin', admin_id: '1', body: '<p>x</p>' })).not.toThrow();
    expect(() => assertDocumentedRequest('POST', `${IC}/conversations/1/reply`, { message_type: 'note', type: 'bot', body: 'x' })).toThrow(/does not match/);
    expect(() => assertDocumentedRequest('POST', `${IC}/conversations/1/parts`, { message_type: 'assignment', type: 'group', admin_id: '1', assignee_id: '2' })).toThrow();
    expect(() => assertDocumentedRequest('PUT', `${IC}/conversations/1`, { custom_attributes: { flag: true } })).toThrow();
    expect(() => assertDocumentedRequest('POST', `${IC}/conversations/1/tags`, { id: '1' })).toThrow(/admin_id/);
  });

  it('keeps the Intercom operations planned work needs in the trimmed description, and nothing else', () => {
    const planned: Array<[string, string, string]> = [
      ['POST', `${IC}/tickets`, 'createTicket'],
      ['POST', `${IC}/conversations/search`, 'searchConversations'],
      ['GET', `${IC}/conversations/1`, 'retrieveConversation'],
      ['GET', `${IC}/ticket_types`, 'listTicketTypes'],
      ['POST', `${IC}/ticket_types`, 'createTicketType'],
    ];
    for (const [method, url, operationId] of planned) expect(findDocumentedOperation(method, url)?.operationId).toBe(operationId);
    expect(findDocumentedOperation('GET', `${IC}/admins`)).toBeUndefined();
    expect(() => assertDocumentedRequest('POST', `${IC}/tickets`, { contacts: [{ id: '1' }] })).toThrow(/ticket_type_id/);
    expect(() => assertDocumentedRequest('POST', `${IC}/conversations/search`, { query: { field: 'id', operator: '=', value: '1' } })).not.toThrow();
  });

  it('holds Zendesk bodies to the protocols.md shapes: no tags on a ticket update, objects for tags', () => {
    const stamp = '2026-11-25T10:00:00Z';
    expect(() => assertDocumentedRequest('PUT', `${ZD}/tickets/5.json`, { ticket: { comment: { html_body: '<p>x</p>', public: false }, safe_update: true, updated_stamp: stamp } })).not.toThrow();
    expect(() => assertDocumentedRequest('PUT', `${ZD}/tickets/5.json`, { ticket: { tags: ['a'], safe_update: true, updated_stamp: stamp } })).toThrow();
    expect(() => assertDocumentedRequest('PUT', `${ZD}/tickets/5.json`, { ticket: { comment: { body: 'a', html_body: '<p>a</p>', public: false } } })).toThrow();
    expect(() => assertDocumentedRequest('PUT', `${ZD}/tickets/5.json`, { ticket: { safe_update: true } })).toThrow();
    expect(() => assertDocumentedRequest('PUT', `${ZD}/tickets/5/tags.json`, ['a'])).toThrow(/JSON object/);
    expect(() => assertDocumentedRequest('GET', `${ZD}/tickets/5.json`, { a: 1 })).toThrow(/must not carry a body/);
  });
});
