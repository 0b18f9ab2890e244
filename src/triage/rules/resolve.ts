/**
 * Turns the decision's helpdesk-neutral names (route, macros) into the ids one helpdesk needs.
 * Vendor modules call these; a name not mapped for that helpdesk resolves to null / is skipped.
 */
import type { HelpdeskSource } from '../../domain/ticket';
import type { Rules } from './types';

export function zendeskGroupId(rules: Rules, route: string | null): number | null {
  return route ? (rules.destinations[route]?.zendesk?.groupId ?? null) : null;
}

export function intercomTeamId(rules: Rules, route: string | null): string | null {
  return route ? (rules.destinations[route]?.intercom?.teamId ?? null) : null;
}

export function zendeskMacroIds(rules: Rules, names: readonly string[]): number[] {
  return names.flatMap((name) => {
    const id = rules.macros[name]?.zendesk?.macroId;
    return id === undefined ? [] : [id];
  });
}

export function intercomMacroIds(rules: Rules, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const id = rules.macros[name]?.intercom?.macroId;
    return id === undefined ? [] : [id];
  });
}

/** The route's destination id in `source` (Zendesk group id as text, Intercom team id); null when unmapped. */
export function routeIdFor(rules: Rules, source: HelpdeskSource, route: string | null): string | null {
  if (source === 'zendesk') {
    const id = zendeskGroupId(rules, route);
    return id === null ? null : String(id);
  }
  return intercomTeamId(rules, route);
}

/** A named macro's id in `source` (Zendesk ids as text); null when unmapped. */
export function macroIdFor(rules: Rules, source: HelpdeskSource, name: string): string | null {
  const ref = rules.macros[name];
  const id = source === 'zendesk' ? ref?.zendesk?.macroId : ref?.intercom?.macroId;
  return id === undefined ? null : String(id);
}
