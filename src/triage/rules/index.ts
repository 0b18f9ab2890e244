export { loadRules, parseRules } from './load-rules';
export { RulesError, type RulesProblem } from './rules-error';
export { evaluateRules, type Evaluation } from './evaluate';
export { buildFacts, type Facts } from './facts';
export { CRISIS_TAG } from './own-tags';
export { zendeskGroupId, intercomTeamId, zendeskMacroIds, intercomMacroIds } from './resolve';
export type { Rules, Rule, RuleActions, Condition, Destination, MacroRef, NoteSection, RequesterRole } from './types';
export { NOTE_SECTIONS } from './schema';
