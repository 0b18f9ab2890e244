/**
 * Signs that are ordinary one at a time and describe danger together: a child plus a groomer's
 * tactic, two stalking behaviours, a partner plus coercive control (indicators-threats.ts); a
 * threat with the writer's address and a visit announced (indicators-violence.ts); two warning
 * signs that someone else is hurting themselves, an overdose, a stroke, anaphylaxis, the writer's
 * own farewell arrangements (indicators-health.ts). The model adds evidence word by word and reads
 * such conjunctions poorly (a mother reporting that an adult seller asks her 14-year-old for a
 * photo "just for him" and when she is home alone scored 0.01: "14 years", "seller" and "account"
 * are mostly parents' refund tickets). A combination puts the ticket in front of a person (review)
 * whatever the model says.
 *
 * The families follow the published indicator lists summarised in docs/crisis-taxonomy.md, in the
 * six languages. Same notation as cues-danger.ts, on crisis-folded text.
 */
import type { IndicatorRule } from './indicator-rule';
import { ANAPHYLAXIS, FAREWELL, OVERDOSE, STROKE, THIRD_PARTY_SELF_HARM } from './indicators-health';
import { CHILD_SAFETY, COERCIVE_CONTROL, STALKING } from './indicators-threats';
import { THREAT_WITH_MEANS } from './indicators-violence';

export const INDICATOR_RULES: readonly IndicatorRule[] = [CHILD_SAFETY, STALKING, THIRD_PARTY_SELF_HARM, COERCIVE_CONTROL, THREAT_WITH_MEANS, OVERDOSE, STROKE, ANAPHYLAXIS, FAREWELL];
