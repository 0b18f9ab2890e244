/** The compiled lexicon: every pattern is compiled once, at module load. */
import { ACCOUNT } from './account';
import { CONDUCT } from './conduct';
import { DELIVERY } from './delivery';
import { compile, type LexiconEntry } from './entry';
import { FRENCH } from './french';
import { ITALIAN } from './italian';
import { PAYMENTS } from './payments';
import { SERVICE } from './service';
import { UNKNOWN_CHARGES } from './unknown-charges';

export const LEXICON: readonly LexiconEntry[] = [...compile(DELIVERY), ...compile(PAYMENTS), ...compile(UNKNOWN_CHARGES), ...compile(ACCOUNT), ...compile(CONDUCT), ...compile(SERVICE), ...compile(FRENCH), ...compile(ITALIAN)];
export type { LexiconEntry } from './entry';
