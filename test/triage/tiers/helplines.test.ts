import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide } from '../../../src/triage/decide';
import { HelplinesError, loadHelplines, parseHelplines } from '../../../src/triage/helplines';
import { countryOf, regionOfLocale, selectHelplines } from '../../../src/triage/helplines/select';
import { loadRules } from '../../../src/triage/rules';
import { context, party, ticket } from '../decide/context-fixtures';
import { confident, review } from './tier-fixtures';

const shipped = loadHelplines('config/helplines.yaml');
const SHIPPED_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'ES', 'PT', 'IT', 'PL', 'SE', 'DK', 'NO', 'FI', 'CZ'];

describe('the shipped helplines file', () => {
  it('covers every buyer and seller country, with a source and a verified date on every line', () => {
    expect(Object.keys(shipped.countries).sort()).toEqual([...SHIPPED_COUNTRIES].sort());
    for (const entry of [...Object.values(shipped.countries), shipped.fallback]) {
      if (entry.emergency) expect(entry.emergencySource).toBeTruthy();
      for (const line of entry.lines) {
        expect(line.source).toMatch(/\S/);
        expect(line.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(shipped.fallback.emergency).toMatch(/112/);
  });
});

describe('choosing lines', () => {
  const where = (country: string | null) => ({ country, basis: 'requester' as const });

  it('gives the category line first, then the general lines', () => {
    const us = selectHelplines(shipped, where('US'), 'domestic_abuse');
    expect(us.lines.map((l) => l.name)).toEqual(['National Domestic Violence Hotline', '988 Suicide & Crisis Lifeline', 'Crisis Text Line']);
    expect(us).toMatchObject({ country: 'US', emergency: '911', fallback: false });
    const suicide = selectHelplines(shipped, where('GB'), 'suicidal_ideation');
    expect(suicide.lines[0]?.name).toBe('Samaritans');
    expect(suicide.lines.map((l) => l.name)).not.toContain('Refuge National Domestic Abuse Helpline');
    expect(selectHelplines(shipped, where('GB'), 'stalking').lines[0]?.name).toBe('National Stalking Helpline');
    expect(selectHelplines(shipped, where('FR'), 'child_safety').lines[0]?.contact).toMatch(/^119/);
  });

  it('keeps hours that are not 24/7', () => {
    expect(selectHelplines(shipped, where('IT'), 'suicidal_ideation').lines[0]).toEqual({ name: 'Telefono Amico', contact: '02 2327 2327', hours: 'daily 10:00–24:00, not 24/7' });
  });

  it('falls back for an unknown country, and for a country without lines keeps its emergency number', () => {
    const unknown = selectHelplines(shipped, where(null), 'self_harm');
    expect(unknown).toMatchObject({ country: null, name: 'International', fallback: true });
    expect(unknown.emergency).toMatch(/112/);
    const notInFile = selectHelplines(shipped, where('JP'), 'self_harm');
    expect(notInFile).toMatchObject({ country: 'JP', name: 'International', fallback: true });
    const austria = selectHelplines(shipped, where('AT'), 'self_harm');
    expect(austria).toMatchObject({ country: 'AT', name: 'Austria', emergency: '112', fallback: true });
  });

  it('takes the country from the requester, else the ticket locale', () => {
    const de = context({ requester: party({ userId: 'u1', account: { ...party({ userId: 'u1' }).account, country: 'de' } }) });
    expect(countryOf(ticket({ locale: 'fr-FR' }), de)).toEqual({ country: 'DE', basis: 'requester' });
    expect(countryOf(ticket({ locale: 'fr-FR' }), null)).toEqual({ country: 'FR', basis: 'locale' });
    expect(countryOf(ticket({ locale: 'en_GB' }), context({ requester: null }))).toEqual({ country: 'GB', basis: 'locale' });
    expect(countryOf(ticket({ locale: 'de' }), null)).toEqual({ country: null, basis: 'none' });
    expect(regionOfLocale('es-419')).toBeNull();
    expect(countryOf(ticket(), context({ requester: party({ userId: 'u2', account: { ...party({ userId: 'u2' }).account, country: 'UK' } }) })).country).toBe('GB');
  });
});

describe('helplines in the decision and the note', () => {
  const rules = loadRules('config/rules.yaml');

  it('the review banner comes first, with escaped evidence, lines for the country and safe handling', () => {
    const excerpt = 'he said <script>alert(1)</script> he would find me';
    const d = decide(ticket({ locale: 'en-GB' }), context({ requester: null }), rules, {
      helplines: shipped,
      detectCrisis: review('stalking', [{ excerpt, kind: 'reported_threat', category: 'stalking', language: 'en', source: 'provider' }]),
    });
    expect(d.note.startsWith('<p><b>⚠ Read for safety first — possible danger (Stalking).</b>')).toBe(true);
    expect(d.note).not.toContain('<script>');
    expect(d.note).toContain('he said &lt;script&gt;alert(1)&lt;/script&gt; he would find me');
    expect(d.note).toContain('<b>Stalking</b> · en · provider second opinion');
    expect(d.note).toContain('Crisis lines — United Kingdom (GB, ticket&#39;s locale)');
    expect(d.note).toContain('National Stalking Helpline: <b>0808 802 0300</b>');
    expect(d.note).toContain('Emergency: <b>999</b>');
    expect(d.note).toContain('Ask whether it is safe to reply in this channel');
    expect(d.note.indexOf('Read for safety first')).toBeLessThan(d.note.indexOf('Risk:'));
    expect(d.helplines).toMatchObject({ country: 'GB', basis: 'locale' });
  });

  it('the crisis note gives the requester country lines for its category', () => {
    const d = decide(ticket(), context(), rules, { helplines: shipped, detectCrisis: confident('suicidal_ideation') });
    expect(d.note.startsWith('<p><b>⚠ CRISIS — a person may be in danger (Suicidal ideation).')).toBe(true);
    expect(d.note).toContain('988 Suicide &amp; Crisis Lifeline: <b>988 (call or text; Spanish available)</b>');
    expect(d.note).toContain('Do not ask for, quote or repeat method details.');
  });

  it('without a directory, decide shows only the emergency-number advice', () => {
    const d = decide(ticket(), context(), rules, { detectCrisis: confident('medical_emergency') });
    expect(d.helplines).toMatchObject({ fallback: true, lines: [] });
    expect(d.note).toContain('No crisis line on file for this country');
    expect(d.note).toContain('give the emergency number and stay with them');
  });
});

describe('loading a helplines file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'helplines-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('lists every problem with its line', () => {
    const text = `countries:
  us:
    name: lower-case key
    lines: []
  GB:
    name: United Kingdom
    emergency: "999"
    lines:
      - name: Samaritans
        contact: "116 123"
        categories: [suicide]
        source: somewhere
        verified: yesterday
        phone: extra
fallback:
  name: International
  lines: []
`;
    let error: unknown;
    try {
      parseHelplines(text, 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HelplinesError);
    const message = (error as HelplinesError).message;
    expect(message).toMatch(/^Helplines file bad\.yaml is invalid \(\d+ problems\):/);
    expect(message).toMatch(/bad\.yaml:2:\d+ countries\.us: "us" is not a country code: use ISO 3166-1 alpha-2 codes/);
    expect(message).toMatch(/bad\.yaml:11:\d+ countries\.GB\.lines\[0\]\.categories\[0\]: unknown crisis category "suicide"/);
    expect(message).toMatch(/bad\.yaml:13:\d+ countries\.GB\.lines\[0\]\.verified: verified is a date, YYYY-MM-DD/);
    expect(message).toMatch(/bad\.yaml:14:\d+ countries\.GB\.lines\[0\]: unknown field\(s\) phone/);
    expect(message).toContain('HELPLINES_FILE');
  });

  it('wants a source for an emergency number', () => {
    const text = 'countries:\n  GB:\n    name: United Kingdom\n    emergency: "999"\n    lines: []\nfallback:\n  name: International\n  lines: []\n';
    expect(() => parseHelplines(text, 'e.yaml')).toThrow(/e\.yaml:3:\d+ countries\.GB\.emergencySource: give emergencySource/);
  });

  it('says what to do about a missing file or broken YAML', () => {
    expect(() => loadHelplines(join(dir, 'missing.yaml'))).toThrow(/cannot read the helplines file .*HELPLINES_FILE/);
    expect(() => loadHelplines(write('broken.yaml', 'countries: [\n'))).toThrow(/broken\.yaml:\d+:\d+ YAML syntax/);
  });

  it('loads a valid override file', () => {
    const text = readFileSync('config/helplines.yaml', 'utf8').replace('Samaritans\n', 'Samaritans UK\n');
    expect(loadHelplines(write('ok.yaml', text)).countries.GB?.lines[0]?.name).toBe('Samaritans UK');
  });
});
