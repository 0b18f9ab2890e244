/**
 * Used by decide() when its caller passes no directory (tests, experiments): no numbers of its
 * own, only the emergency-number advice, so a forgotten directory never shows a wrong line.
 * Entry points load config/helplines.yaml (HELPLINES_FILE) and pass it.
 */
import type { HelplineDirectory } from './schema';

export const BUILTIN_HELPLINES: HelplineDirectory = {
  file: '(built in)',
  countries: {},
  fallback: {
    name: 'International',
    emergency: 'the local emergency number (112 in the EU, 911 in the US, 999 in the UK)',
    emergencySource: 'crisis-signals.md helplines table',
    lines: [],
  },
};
