import type { LabelSpec } from '../../learning/implicit/label-map-schema';
import type { CrisisPolicy, Destination, MacroRef, Rule, RulesDefaults } from './schema';

export type { Condition, CrisisPolicy, Destination, MacroRef, NoteSection, RequesterRole, Rule, RuleActions, RulesDefaults } from './schema';

/** A validated rules file, ready for `decide()`. Immutable once loaded. */
export interface Rules {
  /** Short hash of the file's canonical content (comments and formatting do not change it). */
  version: string;
  /** Where the rules came from (for messages). */
  file: string;
  /** Rules in file order, disabled ones included (the engine skips them). */
  rules: Rule[];
  /** 1-based line of each rule's `- id:` entry, by rule id (for `rules check` and backtest output). */
  lines: Record<string, number>;
  /** Named routes, mapped per helpdesk: resolve with zendeskGroupId / intercomTeamId. */
  destinations: Record<string, Destination>;
  /** Named macros, mapped per helpdesk: resolve with zendeskMacroIds / intercomMacroIds. */
  macros: Record<string, MacroRef>;
  defaults: RulesDefaults;
  crisis: CrisisPolicy;
  /** Non-fatal findings (e.g. a destination not mapped for one helpdesk). */
  warnings: string[];
  /** Every tag this file can make riskdesk add (placeholders expanded): intake's loop guard ignores them. */
  ownTags(): string[];
  /** Team tags that mean an agent label (`labels.tags`); empty when the file has none. */
  labelTags?: Record<string, LabelSpec>;
}
