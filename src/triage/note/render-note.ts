/**
 * The internal note: HTML that renders in Zendesk (`html_body`) and Intercom notes alike, so it
 * only uses p, b, i, br, ul/ol/li — no headings, tables, classes or CSS. Always under 64 KB:
 * sections shrink level by level (see limits.ts) until the note fits.
 */
import type { RiskContext } from '../../risk/types';
import type { NoteSection } from '../rules/schema';
import type { HelplineChoice } from '../helplines/select';
import type { CrisisCategory, CrisisEvidence, Intent, IntentScore } from '../types';
import type { DecisionIncident } from '../../incidents/types';
import { headline } from './headline';
import { escapeHtml, list, text, title } from './html';
import { incidentSection } from './incident';
import { MAX_NOTE_BYTES, NOTE_BUDGET_BYTES, NOTE_LEVELS, type NoteLimits } from './limits';
import { ordersSection } from './orders';
import { counterpartySection, linkedSection, requesterSection } from './parties';
import { enforcementsSection, eventsSection, reasonsSection } from './reasons';
import { safetyBanner } from './safety-banner';

export interface NoteInput {
  intent: Intent;
  intents: IntentScore[];
  crisis: boolean;
  /** Possible danger: the "Read for safety first" banner instead of the crisis one. */
  crisisReview?: boolean;
  crisisCategory?: CrisisCategory | null;
  crisisEvidence: CrisisEvidence[];
  /** The requester's country's crisis lines, shown in either banner. */
  helplines?: HelplineChoice | null;
  /** Null when the risk lookup failed: the note says so instead of showing risk sections. */
  context: RiskContext | null;
  /** Sections to render, in order (the rules' noteSections). */
  sections: readonly NoteSection[];
  nextSteps: readonly string[];
  rules: { version: string; fired: readonly string[] };
  /** The incident the ticket belongs to: shown right under the headline. */
  incident?: DecisionIncident | null;
}

type SectionRenderer = (context: RiskContext, limits: NoteLimits) => string;

const CONTEXT_SECTIONS: Record<Exclude<NoteSection, 'next_steps'>, SectionRenderer> = {
  reasons: reasonsSection,
  requester: requesterSection,
  counterparty: counterpartySection,
  orders: ordersSection,
  linked_accounts: linkedSection,
  account_events: eventsSection,
  enforcements: enforcementsSection,
};

function nextStepsSection(steps: readonly string[], limits: NoteLimits): string {
  if (steps.length === 0) return '';
  return title('Next steps') + list(steps, limits.nextSteps, (step) => text(step, 300), true);
}

function footer(input: NoteInput): string {
  const fired = input.rules.fired.length > 0 ? input.rules.fired.slice(0, 30).map((id) => text(id, 60)).join(', ') : 'none';
  const computed = input.context ? ` · risk computed ${text(input.context.computedAt, 40)}` : '';
  return `<p><i>riskdesk · rules ${text(input.rules.version, 20)} · fired: ${fired}${computed}</i></p>`;
}

function render(input: NoteInput, limits: NoteLimits): string {
  const parts: string[] = [];
  parts.push(safetyBanner(input, limits));
  parts.push(headline(input.context, input.intent, input.intents, limits));
  if (input.incident) parts.push(incidentSection(input.incident));
  for (const section of input.sections) {
    if (section === 'next_steps') parts.push(nextStepsSection(input.nextSteps, limits));
    else if (input.context) parts.push(CONTEXT_SECTIONS[section](input.context, limits));
  }
  parts.push(footer(input));
  return parts.filter((part) => part.length > 0).join('');
}

const bytes = (html: string): number => Buffer.byteLength(html, 'utf8');

/** Renders the note; the result is always < 64 KB (asserted). */
export function renderNote(input: NoteInput): string {
  for (const limits of NOTE_LEVELS) {
    const html = render(input, limits);
    if (bytes(html) <= NOTE_BUDGET_BYTES) return html;
  }
  // Unreachable with bounded limits, kept as the guarantee: headline, next steps, footer only.
  const last = NOTE_LEVELS[NOTE_LEVELS.length - 1] as NoteLimits;
  const minimal = render({ ...input, sections: ['next_steps'] }, last) + `<p><i>${escapeHtml('Note shortened: open the riskdesk sidebar for the full context.')}</i></p>`;
  if (bytes(minimal) > MAX_NOTE_BYTES) throw new Error(`riskdesk note is ${bytes(minimal)} bytes, over the ${MAX_NOTE_BYTES}-byte limit`);
  return minimal;
}
