/** The strongest risk reasons with their evidence, plus events and enforcement history. */
import type { EvidenceValue, RiskContext, RiskReason } from '../../risk/types';
import { humanize, nameOf, partyName, when } from './format';
import { list, shortenFingerprint, text, title } from './html';
import type { NoteLimits } from './limits';

// Evidence keys never shown (secrets, network identifiers) and keys whose values are fingerprints.
const HIDDEN_KEY = /(ip|token|secret|password|otp|cvv|pan)$/i;
const FINGERPRINT_KEY = /(fingerprint|device|payment_method|card|hash)/i;

function evidenceValue(key: string, value: EvidenceValue, limits: NoteLimits): string {
  if (typeof value === 'string' && FINGERPRINT_KEY.test(key)) return text(shortenFingerprint(value), 20);
  return text(value, Math.min(limits.text, 120));
}

function evidence(reason: RiskReason, limits: NoteLimits): string {
  const entries = Object.entries(reason.evidence).filter(([key]) => !HIDDEN_KEY.test(key.slice(-40)));
  if (entries.length === 0) return '';
  const shown = entries.slice(0, limits.evidence).map(([key, value]) => `${text(key, 40)}: ${evidenceValue(key, value, limits)}`);
  const tail = entries.length > limits.evidence ? `, … ${entries.length - limits.evidence} more` : '';
  return `<br><i>${shown.join(', ')}${tail}</i>`;
}

export function reasonsSection(context: RiskContext, limits: NoteLimits): string {
  if (context.reasons.length === 0) return title('Why this risk') + '<p>No risk signal found.</p>';
  const item = (r: RiskReason) =>
    `<b>+${Math.round(r.weight)}</b> ${text(humanize(r.code.slice(0, 40)), 40)} — ${text(r.text, limits.text)} (${text(nameOf(r.party, context.parties), 60)})${evidence(r, limits)}`;
  return title('Why this risk') + list(context.reasons, limits.reasons, item);
}

export function eventsSection(context: RiskContext, limits: NoteLimits): string {
  const rows = context.parties.flatMap((party) => party.recentEvents.map((event) => ({ party, event })));
  if (rows.length === 0) return title('Account events (48 h)') + '<p>None.</p>';
  return (
    title('Account events (48 h)') +
    list(rows, limits.events, ({ party, event: e }) => {
      const device = e.device ? ` from device ${text(shortenFingerprint(e.device.slice(0, 40)), 20)}${e.newDevice ? ' <b>(new)</b>' : ''}` : '';
      const country = e.country ? ` in ${text(e.country, 20)}` : '';
      return `${text(humanize(e.type.slice(0, 40)), 40)} — ${text(partyName(party), 60)} — ${when(e.at)}${device}${country}`;
    })
  );
}

export function enforcementsSection(context: RiskContext, limits: NoteLimits): string {
  const rows = context.parties.flatMap((party) => party.enforcements.map((enforcement) => ({ party, enforcement })));
  if (rows.length === 0) return '';
  return (
    title('Enforcement history') +
    list(rows, limits.enforcements, ({ party, enforcement: e }) => `${text(e.action, 12)} — ${text(partyName(party), 60)} — ${when(e.at)}: ${text(e.reason, limits.text)}`)
  );
}
