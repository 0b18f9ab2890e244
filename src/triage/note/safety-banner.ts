/**
 * The first thing in the note when a person may be in danger: the crisis banner (confident) or
 * the "Read for safety first" banner (possible danger), each with its evidence, the requester's
 * country's crisis lines and short safe-handling guidance. Every value is escaped by text().
 */
import { safeHandlingGuidance } from '../helplines/guidance';
import type { HelplineChoice } from '../helplines/select';
import type { CrisisCategory, CrisisEvidence } from '../types';
import { humanize } from './format';
import { list, text } from './html';
import type { NoteLimits } from './limits';

export interface SafetyInput {
  crisis: boolean;
  crisisReview?: boolean;
  crisisCategory?: CrisisCategory | null;
  crisisEvidence: CrisisEvidence[];
  helplines?: HelplineChoice | null;
}

const SOURCE_LABEL: Record<CrisisEvidence['source'], string> = { local: 'local detector', provider: 'provider second opinion' };

function evidenceItem(e: CrisisEvidence, limits: NoteLimits): string {
  const category = typeof e.category === 'string' ? humanize(e.category.slice(0, 40)) : humanize(String(e.kind).slice(0, 40));
  const source = SOURCE_LABEL[e.source] ?? 'local detector';
  return `<b>${text(category, 40)}</b> · ${text(e.language, 8)} · ${text(source, 30)}: “${text(e.excerpt, limits.text)}”`;
}

const BASIS: Record<HelplineChoice['basis'], string> = { requester: "requester's country", locale: "ticket's locale", none: 'country unknown' };

export function helplinesBlock(choice: HelplineChoice | null | undefined): string {
  if (!choice) return '';
  const where = choice.country ? `${text(choice.name, 80)} (${text(choice.country, 4)}, ${text(BASIS[choice.basis], 30)})` : text(choice.name, 80);
  const lines = choice.lines.map((line) => `${text(line.name, 120)}: <b>${text(line.contact, 160)}</b>${line.hours ? ` (${text(line.hours, 80)})` : ''}`);
  const missing = choice.fallback ? ['No crisis line on file for this country: ask which country they are in.'].map((m) => text(m, 120)) : [];
  const emergency = choice.emergency ? [`Emergency: <b>${text(choice.emergency, 160)}</b>`] : [];
  return `<p><b>Crisis lines — ${where}</b></p>` + list([...lines, ...missing, ...emergency], 8, (item) => item);
}

function guidanceBlock(category: CrisisCategory | null): string {
  return `<p><b>Safe handling</b></p>` + list(safeHandlingGuidance(category), 6, (line) => text(line, 300));
}

/** Empty when neither tier is set. */
export function safetyBanner(input: SafetyInput, limits: NoteLimits): string {
  const category = input.crisisCategory ?? null;
  const label = category ? ` (${text(humanize(category), 40)})` : '';
  let heading: string;
  if (input.crisis) {
    heading = `<p><b>⚠ CRISIS — a person may be in danger${label}.</b> Follow the crisis protocol before anything else; do not close, merge or auto-reply.</p>`;
  } else if (input.crisisReview) {
    heading = `<p><b>⚠ Read for safety first — possible danger${label}.</b> Read the whole conversation before the order. If the person is in danger now, escalate to the crisis team yourself: riskdesk never does that for review tickets.</p>`;
  } else return '';
  return heading + list(input.crisisEvidence, limits.crisisEvidence, (e) => evidenceItem(e, limits)) + helplinesBlock(input.helplines) + guidanceBlock(category);
}
