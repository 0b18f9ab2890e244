export { BUILTIN_HELPLINES } from './builtin';
export { HelplinesError, loadHelplines, parseHelplines } from './load-helplines';
export type { HelplineDirectory } from './schema';
export { countryOf, selectHelplines, type ChosenHelpline, type HelplineChoice } from './select';
export { safeHandlingGuidance } from './guidance';
