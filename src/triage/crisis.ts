import type { CrisisResult } from './types';

// Placeholder owned by the triage work: the real multilingual detector replaces this body.
export function detectCrisis(text: string): CrisisResult {
  const match = /\b(kill myself|suicide|end my life)\b/i.exec(text);
  return match ? { crisis: true, evidence: [{ excerpt: match[0], kind: 'suicidal_ideation', language: 'en' }] } : { crisis: false, evidence: [] };
}
