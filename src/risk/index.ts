export { buildRiskContext, type BuildRiskContextInput, type BuildRiskContextOptions } from './build-context';
export { loadRiskConfig, parseRiskConfig, RiskConfigError, DEFAULT_RISK_CONFIG_FILE, type RiskConfig, type EntityPatterns } from './config';
export { extractMentions, DEFAULT_ENTITY_PATTERNS } from './mentions';
export * from './types';
