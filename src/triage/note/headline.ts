import type { RiskContext } from '../../risk/types';
import type { Intent, IntentScore } from '../types';
import { humanize, percent } from './format';
import { text } from './html';
import type { NoteLimits } from './limits';

function intentLine(intent: Intent, intents: IntentScore[], limits: NoteLimits): string {
  const primary = intents.find((s) => s.name === intent);
  const confidence = primary ? ` (${percent(primary.confidence)})` : '';
  const others = intents
    .filter((s) => s.name !== intent)
    .slice(0, Math.max(0, limits.intents - 1))
    .map((s) => `${text(humanize(String(s.name).slice(0, 40)), 40)} (${percent(s.confidence)})`);
  const also = others.length > 0 ? ` · also: ${others.join(', ')}` : '';
  return `Primary intent: <b>${text(humanize(intent), 40)}</b>${confidence}${also}`;
}

export function headline(context: RiskContext | null, intent: Intent, intents: IntentScore[], limits: NoteLimits): string {
  const risk = context
    ? `<b>Risk: ${text(context.level.toUpperCase(), 10)} ${Math.round(context.score)}/100</b>`
    : '<b>Risk: unavailable</b> — the risk lookup failed; check the requester in the admin tools before acting';
  return `<p>${risk}<br>${intentLine(intent, intents, limits)}</p>`;
}
