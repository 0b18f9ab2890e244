import { loadRiskConfig, parseRiskConfig, RiskConfigError } from '../../src/risk/config';
import { DEFAULT_ENTITY_PATTERNS, extractMentions } from '../../src/risk/mentions';

describe('extractMentions', () => {
  it('finds order ids in the three default forms, normalised and deduplicated', () => {
    const m = extractMentions('Order #WN-48213977 and WN-48213978 — also order 48213979, again wn-48213977');
    expect(m.orderIds).toEqual(['WN-48213977', 'WN-48213978', 'WN-48213979']);
  });

  it('finds handles but not email addresses', () => {
    const m = extractMentions('Seller @cardkingz and @Slab.Vault_2 never answered; mail me at jane@example.com');
    expect(m.handles).toEqual(['cardkingz', 'slab.vault_2']);
  });

  it('finds tracking numbers of the common carriers', () => {
    const m = extractMentions('UPS 1Z999AA10123456784, USPS 9400111899223344556677, Royal Mail RR123456785GB');
    expect(m.trackingNumbers).toEqual(['1Z999AA10123456784', '9400111899223344556677', 'RR123456785GB']);
  });

  it('returns nothing for text without entities', () => {
    expect(extractMentions('Hi, I cannot log in. My phone is 555-0100 and I paid $45.')).toEqual({ orderIds: [], handles: [], trackingNumbers: [] });
    expect(extractMentions('')).toEqual({ orderIds: [], handles: [], trackingNumbers: [] });
  });

  it('stays bounded on hostile input: huge, binary, and repeated ids', () => {
    const huge = `${'WN-12345678 '.repeat(200_000)}@late WN-99999999`;
    const started = Date.now();
    const m = extractMentions(huge);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(m.orderIds).toEqual(['WN-12345678']);
    expect(m.handles).toEqual([]); // beyond the scanned prefix
    const many = Array.from({ length: 500 }, (_, i) => `WN-${10_000_000 + i}`).join(' ');
    expect(extractMentions(many).orderIds).toHaveLength(DEFAULT_ENTITY_PATTERNS.maxPerKind);
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => i % 256)) + ' order 48213977';
    expect(extractMentions(binary).orderIds).toEqual(['WN-48213977']);
  });

  it('passes injection attempts through only as values', () => {
    const m = extractMentions("order 48213977'; DROP TABLE users; -- @x'); DELETE FROM orders;--");
    expect(m.orderIds).toEqual(['WN-48213977']);
    expect(m.handles).toEqual([]);
  });

  it('honours a configured order pattern', () => {
    const patterns = { ...DEFAULT_ENTITY_PATTERNS, orderPattern: String.raw`\bORD-([A-Z0-9]{6})\b`, orderIdTemplate: 'ORD-{id}' };
    expect(extractMentions('see ORD-ab12cd and WN-48213977', patterns).orderIds).toEqual(['ORD-ab12cd']);
  });
});

describe('loadRiskConfig', () => {
  it('loads the shipped config/risk.yaml', () => {
    const config = loadRiskConfig('config/risk.yaml');
    expect(config.levels).toEqual({ medium: 25, high: 50, critical: 75 });
    expect(config.entities.orderPattern).toBe(DEFAULT_ENTITY_PATTERNS.orderPattern);
  });

  it('names the file and the field on a bad value', () => {
    const config = loadRiskConfig('config/risk.yaml');
    const broken = { ...config, reasons: { ...config.reasons, new_account: { weight: -5, maxAgeDays: 30 } } };
    expect(() => parseRiskConfig(broken, '/etc/risk.yaml')).toThrow(RiskConfigError);
    expect(() => parseRiskConfig(broken, '/etc/risk.yaml')).toThrow(/\/etc\/risk\.yaml[\s\S]*reasons\.new_account\.weight/);
    expect(() => parseRiskConfig({ ...config, entities: { ...config.entities, orderPattern: '([' } })).toThrow(/entities\.orderPattern: is not a valid regular expression/);
    expect(() => parseRiskConfig({ ...config, levels: { medium: 60, high: 50, critical: 75 } })).toThrow(/levels must increase/);
  });

  it('says which file could not be read', () => {
    expect(() => loadRiskConfig('/nonexistent/risk.yaml')).toThrow(/\/nonexistent\/risk\.yaml[\s\S]*RISK_CONFIG_FILE/);
  });
});
