/** The OpenAI description holds riskdesk's requests, and can fail them. */
import { chatRequestBody } from '../../src/crisis-provider/openai-chat';
import { assertDocumentedRequest, findDocumentedOperation } from '../helpers/openapi-conformance';

const OPENAI = 'https://api.openai.com/v1';

describe('OpenAI conformance', () => {
  it('finds the two operations under any base ending in /v1, and nothing else', () => {
    expect(findDocumentedOperation('POST', `${OPENAI}/moderations`)?.operationId).toBe('createModeration');
    expect(findDocumentedOperation('POST', 'https://acme.openai.azure.com/openai/v1/chat/completions')?.operationId).toBe('createChatCompletion');
    expect(findDocumentedOperation('POST', 'http://127.0.0.1:11434/v1/chat/completions')?.operationId).toBe('createChatCompletion');
    expect(findDocumentedOperation('POST', `${OPENAI}/completions`)).toBeUndefined();
    expect(findDocumentedOperation('GET', `${OPENAI}/moderations`)).toBeUndefined();
  });

  it('accepts the bodies riskdesk sends', () => {
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/moderations`, { model: 'omni-moderation-latest', input: 'text' })).not.toThrow();
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, chatRequestBody('gpt-4o-mini', 'text'))).not.toThrow();
  });

  it('refuses what the description does not allow', () => {
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/moderations`, { model: 'omni-moderation-latest' })).toThrow(/input/);
    const body = chatRequestBody('m', 'text');
    // llama.cpp's trap: the flat shape is read as "any JSON" by that server.
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, { ...body, response_format: { type: 'json_schema', schema: {} } })).toThrow(/does not match/);
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, { ...body, max_token: 10 })).toThrow(/does not match/);
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, { ...body, temperature: 3 })).toThrow(/does not match/);
    const badName = { ...body, response_format: { type: 'json_schema', json_schema: { name: 'crisis answer!', schema: {} } } };
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, badName)).toThrow(/does not match/);
    expect(() => assertDocumentedRequest('POST', `${OPENAI}/chat/completions`, { messages: body.messages })).toThrow(/model/);
  });
});
