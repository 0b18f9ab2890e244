/** Every crisis pattern, all languages, in one list (compiled once at module load). */
import type { CrisisPattern } from './pattern';
import { DE_PATTERNS } from './patterns-de';
import { EN_PATTERNS } from './patterns-en';
import { EN_MORE_PATTERNS } from './patterns-en-more';
import { ES_PATTERNS } from './patterns-es';
import { DE_MORE_PATTERNS, ES_MORE_PATTERNS, PL_MORE_PATTERNS } from './patterns-more';
import { PL_PATTERNS } from './patterns-pl';
import { DE_BATCH3_PATTERNS, EN_BATCH3_PATTERNS, ES_BATCH3_PATTERNS, PL_BATCH3_PATTERNS } from './patterns-batch3';
import { DE_FAMILY_PATTERNS, EN_FAMILY_PATTERNS, ES_FAMILY_PATTERNS, PL_FAMILY_PATTERNS } from './patterns-families';

export const ALL_PATTERNS: readonly CrisisPattern[] = [
  ...EN_PATTERNS, ...EN_MORE_PATTERNS, ...EN_FAMILY_PATTERNS, ...EN_BATCH3_PATTERNS,
  ...DE_PATTERNS, ...DE_MORE_PATTERNS, ...DE_FAMILY_PATTERNS, ...DE_BATCH3_PATTERNS,
  ...ES_PATTERNS, ...ES_MORE_PATTERNS, ...ES_FAMILY_PATTERNS, ...ES_BATCH3_PATTERNS,
  ...PL_PATTERNS, ...PL_MORE_PATTERNS, ...PL_FAMILY_PATTERNS, ...PL_BATCH3_PATTERNS,
];
