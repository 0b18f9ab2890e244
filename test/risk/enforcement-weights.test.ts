import { loadRiskConfig, parseRiskConfig, RiskConfigError } from '../../src/risk/config';
import { ENFORCEMENT_ACTIONS } from '../../src/store/import/schemas';

/** prior_enforcement's weights are validated against the import contract's actions. */
describe('prior_enforcement weights in config/risk.yaml', () => {
  const config = loadRiskConfig('config/risk.yaml');
  const withRule = (rule: unknown): unknown => ({ ...config, reasons: { ...config.reasons, prior_enforcement: rule } });
  const rule = config.reasons.prior_enforcement;

  it('ships one weight per enforcement action of the import contract, growing with severity', () => {
    expect(Object.keys(rule.weights).sort()).toEqual([...ENFORCEMENT_ACTIONS].sort());
    expect(rule.weights.warning).toBeLessThanOrEqual(rule.weights.suspension);
    expect(rule.weights.suspension).toBeLessThanOrEqual(rule.weights.ban);
    expect(rule.weights.warning).toBeGreaterThan(0);
  });

  it('rejects a missing or unknown action, decreasing weights and a cap below one action', () => {
    const { warning: _warning, ...noWarning } = rule.weights;
    expect(() => parseRiskConfig(withRule({ ...rule, weights: noWarning }))).toThrow(/reasons\.prior_enforcement\.weights\.warning/);
    expect(() => parseRiskConfig(withRule({ ...rule, weights: { ...rule.weights, mute: 3 } }))).toThrow(/reasons\.prior_enforcement\.weights: Unrecognized key: "mute"/);
    expect(() => parseRiskConfig(withRule({ ...rule, weights: { warning: 30, suspension: 20, ban: 35 } }))).toThrow(/weights must not decrease with severity: warning ≤ suspension ≤ ban/);
    expect(() => parseRiskConfig(withRule({ ...rule, maxWeight: rule.weights.ban - 1 }))).toThrow(/reasons\.prior_enforcement\.maxWeight: maxWeight must be at least/);
    expect(() => parseRiskConfig(withRule({ ...rule, weights: { ...rule.weights, ban: 101 } }))).toThrow(RiskConfigError);
    expect(() => parseRiskConfig(withRule({ ...rule, actions: ['ban'] }))).toThrow(/Unrecognized key: "actions"/);
  });
});
