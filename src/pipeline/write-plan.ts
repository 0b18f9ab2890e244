/** Turns a neutral decision into the write-back one helpdesk adapter executes. */
import type { Ticket } from '../domain/ticket';
import type { HelpdeskWriteBack } from '../helpdesk/types';
import { intercomMacroIds, intercomTeamId, zendeskGroupId, zendeskMacroIds } from '../triage/rules/resolve';
import type { Rules } from '../triage/rules/types';
import type { Decision } from '../triage/types';

/** `rules` is null when the crisis fallback decided: nothing named can be resolved then. */
export function buildWriteBack(ticket: Ticket, decision: Decision, rules: Rules | null, noteHtml: string | null): HelpdeskWriteBack {
  const route: HelpdeskWriteBack['route'] = {};
  const groupId = rules ? zendeskGroupId(rules, decision.actions.route) : null;
  const teamId = rules ? intercomTeamId(rules, decision.actions.route) : null;
  if (groupId !== null) route.zendeskGroupId = groupId;
  if (teamId !== null) route.intercomTeamId = teamId;
  return {
    ticket,
    noteHtml,
    priority: decision.actions.priority,
    tags: decision.actions.tags,
    route,
    macros: {
      zendesk: rules ? zendeskMacroIds(rules, decision.actions.macros) : [],
      intercom: rules ? intercomMacroIds(rules, decision.actions.macros) : [],
    },
    riskScore: decision.risk.score,
    riskLevel: decision.risk.level,
  };
}
