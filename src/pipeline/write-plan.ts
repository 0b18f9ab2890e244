/**
 * A neutral decision becomes (1) the write plan the audit trail keeps — what riskdesk writes, or
 * in shadow mode would write, resolved for the ticket's helpdesk — and (2) the write-back one
 * helpdesk adapter executes. Both come from the same inputs, so the plan is what goes out.
 */
import type { WritePlan } from '../audit/types';
import type { HelpdeskSource, Ticket } from '../domain/ticket';
import type { HelpdeskWriteBack } from '../helpdesk/types';
import { intercomMacroIds, intercomTeamId, macroIdFor, routeIdFor, zendeskGroupId, zendeskMacroIds } from '../triage/rules/resolve';
import type { Rules } from '../triage/rules/types';
import type { Decision } from '../triage/types';

export type WriteFields = Record<string, string | number>;

/** `rules` is null when the crisis fallback decided: nothing named can be resolved then. */
export function planWrite(source: HelpdeskSource, decision: Decision, rules: Rules | null, noteHtml: string, fields: WriteFields): WritePlan {
  const { actions } = decision;
  return {
    note: { html: noteHtml },
    tags: [...actions.tags],
    priority: actions.priority,
    route: { name: actions.route, id: rules ? routeIdFor(rules, source, actions.route) : null },
    macros: actions.macros.map((name) => ({ name, id: rules ? macroIdFor(rules, source, name) : null })),
    fields: { ...fields },
  };
}

/** `noteHtml` null: no note this time (it is already on the ticket); the other steps still run. */
export function buildWriteBack(ticket: Ticket, decision: Decision, rules: Rules | null, noteHtml: string | null, fields: WriteFields): HelpdeskWriteBack {
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
    fields: { ...fields },
  };
}
