/**
 * The decision of last resort: a crisis ticket when the rules could not be used (file broken,
 * decide() threw). It carries what any agent needs to act now — urgent priority, the crisis tag,
 * a note that says why — and no route, since routes live in the rules file.
 */
import type { Ticket } from '../domain/ticket';
import type { RiskContext } from '../risk/types';
import { BUILTIN_HELPLINES } from '../triage/helplines/builtin';
import { safeHandlingGuidance } from '../triage/helplines/guidance';
import type { HelplineDirectory } from '../triage/helplines/schema';
import { countryOf, selectHelplines } from '../triage/helplines/select';
import { helplinesBlock } from '../triage/note/safety-banner';
import { CRISIS_TAG, crisisCategoryTag } from '../triage/rules/own-tags';
import type { CrisisResult, Decision } from '../triage/types';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function crisisFallbackDecision(ticket: Ticket, crisis: CrisisResult, context: RiskContext | null, why: string, directory: HelplineDirectory = BUILTIN_HELPLINES): Decision {
  const evidence = crisis.evidence.map((e) => `<li>${escapeHtml(e.kind)}: “${escapeHtml(e.excerpt)}”</li>`).join('');
  // The crisis lines and guidance still reach the agent when the rules cannot be used.
  const helplines = selectHelplines(directory, countryOf(ticket, context), crisis.category);
  const guidance = safeHandlingGuidance(crisis.category).map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return {
    intent: 'other',
    intents: [],
    crisis: true,
    crisisReview: false,
    crisisCategory: crisis.category,
    crisisEvidence: crisis.evidence,
    helplines,
    risk: context ? { score: context.score, level: context.level, reasons: context.reasons } : { score: 0, level: 'low', reasons: [], available: false },
    actions: {
      tags: crisis.category ? [CRISIS_TAG, crisisCategoryTag(crisis.category)] : [CRISIS_TAG],
      priority: 'urgent',
      route: null,
      macros: [],
      slaMinutes: 15,
      nextSteps: ['Follow the crisis protocol now: the customer may be in danger.'],
      noteSections: ['crisis'],
    },
    note: `<p><strong>riskdesk: possible crisis — follow the crisis protocol now.</strong></p><ul>${evidence}</ul>${helplinesBlock(helplines)}<p><b>Safe handling</b></p><ul>${guidance}</ul><p>Triage rules were unavailable (${escapeHtml(why)}); only the crisis route was applied.</p>`,
    rules: { version: 'unavailable', fired: ['crisis-fallback'] },
  };
}
