/** A minimal valid rules file to build test rule sets on: add rules as YAML text. */
export const BASE_RULES = `
defaults:
  priority: normal
  slaMinutes: 1440
  route: general
  tags: [riskdesk_triaged]
  noteSections: [reasons, next_steps]
crisis:
  destination: crisis_team
  macro: crisis_macro
  slaMinutes: 10
destinations:
  crisis_team: { zendesk: { groupId: 1 }, intercom: { teamId: "11" } }
  fraud: { zendesk: { groupId: 2 }, intercom: { teamId: "22" } }
  payments: { zendesk: { groupId: 3 }, intercom: { teamId: 33 } }
  general: { zendesk: { groupId: 4 } }
macros:
  crisis_macro: { zendesk: { macroId: 100 }, intercom: { macroId: "m100" } }
  fraud_macro: { zendesk: { macroId: 200 } }
  pay_macro: { intercom: { macroId: "m300" } }
`;

/** BASE_RULES plus a `rules:` list given as YAML (indented by two spaces per item). */
export function rulesYaml(rulesBlock: string): string {
  return `${BASE_RULES}rules:\n${rulesBlock}`;
}
