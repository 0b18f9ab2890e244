/**
 * decide(): the whole triage decision as a pure function of (ticket, risk context, rules).
 * No I/O, no clock: the same inputs give the same Decision, whichever helpdesk the ticket came
 * from (only rules with a `source` condition can tell them apart).
 */
import type { Ticket } from '../domain/ticket';
import { incidentTags } from '../incidents/summary';
import type { DecisionIncident } from '../incidents/types';
import type { RiskContext } from '../risk/types';
import { classifyIntents } from './classify';
import { detectCrisis } from './crisis';
import { BUILTIN_HELPLINES } from './helplines/builtin';
import type { HelplineDirectory } from './helplines/schema';
import { countryOf, selectHelplines } from './helplines/select';
import { renderNote } from './note/render-note';
import { evaluateRules } from './rules/evaluate';
import { buildFacts } from './rules/facts';
import type { Rules } from './rules/types';
import type { CrisisResult, Decision, Intent, IntentScore } from './types';

export interface DecideOptions {
  /** Reserved for time-relative rendering; decide() never reads the clock itself. */
  now?: Date;
  /** Override the intent classifier (tests, experiments). */
  classify?: (text: string, subject?: string) => { intent: Intent; intents: IntentScore[] };
  /** Override the crisis detector (tests, experiments). */
  detectCrisis?: (text: string) => CrisisResult;
  /** Crisis lines by country (config/helplines.yaml); without one only emergency-number advice is shown. */
  helplines?: HelplineDirectory;
  /** The incident the pipeline placed the ticket in (src/incidents), computed before decide(). */
  incident?: DecisionIncident | null;
}

export function decide(ticket: Ticket, context: RiskContext | null, rules: Rules, options: DecideOptions = {}): Decision {
  const classify = options.classify ?? classifyIntents;
  const crisisOf = options.detectCrisis ?? detectCrisis;
  // Tickets from hydration can be partial at run time whatever the type says: never crash on them.
  const text = typeof ticket.text === 'string' ? ticket.text : '';
  const subject = typeof ticket.subject === 'string' ? ticket.subject : '';
  const classification = classify(text, subject);
  // The subject counts for crisis too: "please help, I can't go on" may be all the subject says.
  const crisis = crisisOf(subject ? `${subject}\n${text}` : text);
  const incident = options.incident ?? null;
  const facts = buildFacts(ticket, context, classification, crisis, incident);
  const helplines =
    facts.crisis || facts.crisisReview ? selectHelplines(options.helplines ?? BUILTIN_HELPLINES, countryOf(ticket, context), facts.crisisCategory) : null;
  const { fired, actions, sections } = evaluateRules(rules, facts);
  if (incident) actions.tags = [...new Set([...actions.tags, ...incidentTags(incident)])];
  const note = renderNote({
    intent: classification.intent,
    intents: classification.intents,
    crisis: facts.crisis,
    crisisReview: facts.crisisReview,
    crisisCategory: facts.crisisCategory,
    crisisEvidence: crisis.evidence,
    helplines,
    context,
    sections,
    nextSteps: actions.nextSteps,
    rules: { version: rules.version, fired },
    incident,
  });
  return {
    intent: classification.intent,
    intents: classification.intents,
    crisis: facts.crisis,
    crisisReview: facts.crisisReview,
    crisisCategory: facts.crisisCategory,
    crisisEvidence: crisis.evidence,
    helplines,
    risk: context
      ? { score: context.score, level: context.level, reasons: context.reasons, available: true }
      : { score: 0, level: 'low', reasons: [], available: false },
    actions,
    note,
    rules: { version: rules.version, fired },
    incident,
  };
}
