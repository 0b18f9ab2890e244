import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateZendeskApp } from './zendesk-app-rules';

const APP = path.resolve(__dirname, '../../zendesk-app');

describe('zendesk-app package (the zcli apps:validate rules, offline)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'riskdesk-zapp-'));
    cpSync(APP, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Sets (or, with `undefined`, deletes) the value at a dotted path of a JSON file in the copy. */
  const editJson = (file: string, dotted: string, value: unknown) => {
    const full = path.join(dir, file);
    const json = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
    const keys = dotted.split('.');
    const last = keys.pop() ?? '';
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, json);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    writeFileSync(full, JSON.stringify(json));
  };

  it('accepts the shipped folder', () => {
    expect(validateZendeskApp(APP)).toEqual([]);
  });

  it('declares the ticket sidebar, framework 2.0 and the two settings, the token secure', () => {
    const manifest = JSON.parse(readFileSync(path.join(APP, 'manifest.json'), 'utf8'));
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/iframe.html', flexible: true });
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.parameters).toEqual([
      expect.objectContaining({ name: 'riskdesk_url', type: 'text', required: true }),
      expect.objectContaining({ name: 'sidebar_token', required: true, secure: true }),
    ]);
  });

  it.each([
    ['no default translation', () => unlinkSync(path.join(dir, 'translations/en.json')), /missing translations\/en\.json/],
    ['an unserved framework version', () => editJson('manifest.json', 'frameworkVersion', '1.0'), /frameworkVersion/],
    ['a location file that does not exist', () => editJson('manifest.json', 'location.support.ticket_sidebar.url', 'assets/missing.html'), /must be a file under assets/],
    ['an unknown location', () => editJson('manifest.json', 'location.support.ticket_sidebars', { url: 'assets/iframe.html' }), /unknown support location/],
    ['a token setting that is not secure', () => editJson('manifest.json', 'parameters.1.secure', false), /looks secret/],
    ['a parameter without a label', () => editJson('translations/en.json', 'app.parameters.riskdesk_url', undefined), /riskdesk_url\.label missing/],
    ['a missing app description', () => editJson('translations/en.json', 'app.long_description', undefined), /long_description missing/],
    ['v1 code in an iframe app', () => writeFileSync(path.join(dir, 'app.js'), ''), /v1 file/],
    ['a missing logo', () => unlinkSync(path.join(dir, 'assets/logo-small.png')), /missing assets\/logo-small\.png/],
    ['a broken asset reference', () => writeFileSync(path.join(dir, 'assets/iframe.html'), '<script src="nope.js"></script>'), /referenced file nope\.js|ZAF SDK/],
    ['an author url without scheme', () => editJson('manifest.json', 'author.url', 'example.com'), /author url/],
  ])('rejects %s', (_name, mutate, expected) => {
    mutate();
    expect(validateZendeskApp(dir).join('\n')).toMatch(expected);
  });

  it('keeps the token out of the browser code and data out of innerHTML', () => {
    const code = ['app.js', 'render.js', 'format.js'].map((f) => readFileSync(path.join(APP, 'assets', f), 'utf8')).join('\n');
    expect(code).toContain("Authorization: 'Bearer {{setting.sidebar_token}}'");
    expect(code).toMatch(/secure: true/);
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
