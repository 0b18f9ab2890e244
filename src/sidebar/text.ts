/** Small string helpers the sidebar projection uses to keep every value short and PII-light. */
import type { EvidenceValue } from '../risk/types';

/** Cuts `text` to `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** `jane.doe@example.com` → `j***@example.com`; anything that is not an address → `***`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return '***';
  return `${email[0]}***@${email.slice(at + 1)}`;
}

const EMAIL_IN_TEXT = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** Masks every address inside free text (evidence and reason texts may quote one). */
export function maskEmailsIn(text: string): string {
  return text.replace(EMAIL_IN_TEXT, '$1***@$2');
}

/** Evidence keys that could carry a fingerprint: never shown in a sidebar. */
const HIDDEN_EVIDENCE_KEY = /fingerprint|device_id|deviceid|payment_method|(^|_)ip(_address)?$/i;

/** Keeps at most `maxKeys` evidence entries, strings clipped and masked, fingerprints dropped. */
export function boundEvidence(evidence: Record<string, EvidenceValue>, maxKeys: number, maxText: number): Record<string, EvidenceValue> {
  const out: Record<string, EvidenceValue> = {};
  let kept = 0;
  for (const [key, value] of Object.entries(evidence)) {
    if (kept >= maxKeys) break;
    if (HIDDEN_EVIDENCE_KEY.test(key)) continue;
    out[clip(key, 60)] = typeof value === 'string' ? clip(maskEmailsIn(value), maxText) : value;
    kept += 1;
  }
  return out;
}
