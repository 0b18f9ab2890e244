/** Moderation scores → taxonomy and tiers; the chat answer's validation; masking; the prompt. */
import { parseChatAnswer } from '../../src/crisis-provider/chat-answer';
import { maskForProvider, MAX_SENT_CHARS } from '../../src/crisis-provider/mask';
import { MODERATION_RULES, verdictFromScores } from '../../src/crisis-provider/moderation-mapping';
import { CATEGORY_DEFINITIONS, CRISIS_PROMPT_VERSION, CRISIS_SYSTEM_PROMPT } from '../../src/crisis-provider/prompts/crisis-v1';
import { ProviderCallError } from '../../src/crisis-provider/types';
import { CRISIS_CATEGORIES } from '../../src/triage/crisis/taxonomy';
import { chatCompletion } from '../helpers/fake-openai-server';

describe('moderation mapping', () => {
  it('maps self-harm intent onto the two tiers at the documented thresholds', () => {
    expect(verdictFromScores({ 'self-harm/intent': 0.29 }).tier).toBe('none');
    expect(verdictFromScores({ 'self-harm/intent': 0.3 })).toMatchObject({ tier: 'review', category: 'self_harm', score: 0.3 });
    expect(verdictFromScores({ 'self-harm/intent': 0.7 })).toMatchObject({ tier: 'crisis', category: 'self_harm' });
    expect(verdictFromScores({ 'sexual/minors': 0.85 })).toMatchObject({ tier: 'crisis', category: 'child_safety' });
  });

  it('lets violence-type categories ask for review only, whatever the score', () => {
    expect(verdictFromScores({ violence: 0.99, 'harassment/threatening': 0.99 })).toMatchObject({ tier: 'review', category: 'threat_by_writer' });
    for (const rule of Object.values(MODERATION_RULES)) if (rule.category === 'threat_by_writer') expect(rule.crisis).toBeNull();
  });

  it('files the ticket under the highest tier first, and keeps one evidence line per category hit', () => {
    const v = verdictFromScores({ violence: 0.95, 'self-harm/intent': 0.75, sexual: 0.9, harassment: 0.9 });
    expect(v).toMatchObject({ tier: 'crisis', category: 'self_harm', score: 0.75 });
    expect(v.evidence.map((e) => e.kind)).toEqual(['moderation:self-harm/intent', 'moderation:violence']);
    expect(v.evidence[0]?.excerpt).toBe('self-harm/intent 0.75');
  });

  it('answers none with the highest mapped score when nothing crosses a threshold', () => {
    expect(verdictFromScores({ 'self-harm': 0.1, harassment: 0.9 })).toEqual({ tier: 'none', category: null, score: 0.1, evidence: [] });
  });
});

describe('chat answer validation', () => {
  const ok = { crisis: false, crisisReview: true, category: 'third_party_concern', evidence: [{ excerpt: 'read like a goodbye', kind: 'goodbye', category: 'third_party_concern' }], intent: 'other' };

  it('accepts a schema-valid answer and maps it onto a verdict', () => {
    const parsed = parseChatAnswer(chatCompletion(ok));
    expect(parsed.verdict).toMatchObject({ tier: 'review', category: 'third_party_concern', evidence: [{ excerpt: 'read like a goodbye', kind: 'goodbye', language: 'unknown' }] });
    expect(parsed.model).toBe('fake-model-2026');
  });

  const failures: Array<[string, unknown, RegExp]> = [
    ['a refusal', chatCompletion(null, { refusal: 'I cannot help with that' }), /refusal/],
    ['truncated JSON', chatCompletion('{"crisis": false, "crisisRev', { finishReason: 'length' }), /truncated/],
    ['content that is not JSON', chatCompletion('Sure! Here is my analysis: no crisis.'), /not JSON/],
    ['an unknown category', chatCompletion({ ...ok, category: 'sad' }), /category/],
    ['a missing field', chatCompletion({ crisis: true, crisisReview: false, category: 'self_harm', evidence: [] }), /intent/],
    ['a tier without a category', chatCompletion({ ...ok, category: null }), /without a category/],
    ['no choices', { id: 'x', choices: [] }, /choices/],
  ];
  it.each(failures)('refuses %s', (_name, body, message) => {
    expect(() => parseChatAnswer(body)).toThrow(ProviderCallError);
    expect(() => parseChatAnswer(body)).toThrow(message);
  });

  it('classifies refusals as errors and broken answers as malformed', () => {
    const outcome = (body: unknown) => {
      try {
        parseChatAnswer(body);
        return 'ok';
      } catch (error) {
        return error instanceof ProviderCallError ? error.outcome : 'thrown';
      }
    };
    expect(outcome(chatCompletion(null, { refusal: 'no' }))).toBe('error');
    expect(outcome(chatCompletion('{"crisis":'))).toBe('malformed');
  });

  it('keeps the stronger claim when both flags are set, and bounds the evidence', () => {
    const many = Array.from({ length: 9 }, () => ({ excerpt: 'x'.repeat(500), kind: 'explicit_statement', category: 'self_harm' }));
    const parsed = parseChatAnswer(chatCompletion({ crisis: true, crisisReview: true, category: 'self_harm', evidence: many, intent: 'not-an-intent' }));
    expect(parsed.verdict.tier).toBe('crisis');
    expect(parsed.verdict.evidence).toHaveLength(5);
    expect(parsed.verdict.evidence[0]?.excerpt).toHaveLength(200);
    expect(parsed.intent).toBe('other');
  });
});

describe('what is sent out', () => {
  it('masks emails, phone numbers and card-like numbers, and keeps crisis wording and small numbers', () => {
    const text = 'I took 800 mg and I have everything ready. Mail me at jane.doe@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111, order #A1001.';
    const masked = maskForProvider(text);
    expect(masked).toContain('I took 800 mg and I have everything ready');
    expect(masked).toContain('[email]');
    expect(masked).toContain('[phone]');
    expect(masked).toContain('[card]');
    expect(masked).toContain('#A1001');
    expect(masked).not.toMatch(/jane\.doe|7946|4111/);
  });

  it('bounds the length', () => {
    const masked = maskForProvider('a'.repeat(MAX_SENT_CHARS * 3));
    expect(masked.length).toBeLessThanOrEqual(MAX_SENT_CHARS + 5);
  });

  it('defines every taxonomy category in the versioned prompt', () => {
    expect(CRISIS_PROMPT_VERSION).toBe('crisis-v1');
    for (const code of CRISIS_CATEGORIES) {
      expect(CATEGORY_DEFINITIONS[code].length).toBeGreaterThan(20);
      expect(CRISIS_SYSTEM_PROMPT).toContain(`- ${code}: `);
    }
  });
});
