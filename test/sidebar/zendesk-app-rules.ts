/**
 * The checks `zcli apps:validate` gets from Zendesk: zcli zips the folder and POSTs it to
 * `/api/v2/apps/validate` on a Zendesk account, where the zendesk_apps_support gem validates it.
 * That needs the network and credentials, so the same rules (manifest, translations, source,
 * marketplace and location checks of that gem) are re-stated here and run offline.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden'];
const HOSTS: Record<string, string[]> = {
  support: ['ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar', 'top_bar', 'nav_bar', 'background', 'modal', 'ticket_editor', 'system_top_bar'],
  chat: ['chat_sidebar', 'background', 'modal'],
  sell: ['deal_card', 'lead_card', 'person_card', 'company_card', 'top_bar', 'background', 'modal'],
};
const SERVED_FRAMEWORKS = ['2.0'];
const BOOLEAN_FIELDS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];
const VALID_LOCALE = /^[a-z]{2}(-\w{2,3})?$/;
const BLOCKED_EXTENSIONS = ['rar', 'zip', 'gzip', 'gz', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar', 'mp3', 'mpeg', 'odt', 'pptx', 'ppt', 'xls', 'xlsx', '7z'];
const SECRET_NAME = /token|key|pwd|password/i;
const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';
const LOGOS: Array<[string, number]> = [['assets/logo.png', 320], ['assets/logo-small.png', 128]];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((entry) => {
    const relative = path.join(dir, entry);
    const stat = lstatSync(path.join(root, relative));
    if (stat.isSymbolicLink()) return [`SYMLINK:${relative}`];
    return stat.isDirectory() ? listFiles(root, relative) : [relative.split(path.sep).join('/')];
  });
}

function readJson(file: string, errors: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`${path.basename(file)} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function pngSize(file: string): [number, number] | null {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString('hex', 0, 8) !== '89504e470d0a1a0a') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function checkLocations(root: string, manifest: Json, errors: string[]): void {
  const location = manifest.location;
  if (!isObject(location) || Object.keys(location).length === 0) return void errors.push('manifest: missing location');
  for (const [host, places] of Object.entries(location)) {
    if (!HOSTS[host]) errors.push(`manifest: unknown host ${host}`);
    if (!isObject(places)) continue;
    for (const [name, options] of Object.entries(places)) {
      if (HOSTS[host] && !HOSTS[host].includes(name)) errors.push(`manifest: unknown ${host} location ${name}`);
      const url = isObject(options) ? options.url : options;
      if (typeof url !== 'string' || url === '') errors.push(`manifest: location ${name} has no url`);
      else if (/^https?:\/\//.test(url)) {
        if (!url.startsWith('https://') && !/^http:\/\/localhost[:/]/.test(url)) errors.push(`manifest: location ${name} url must be https`);
      } else if (!url.includes('{{setting.') && (!url.startsWith('assets/') || !existsSync(path.join(root, url)))) {
        errors.push(`manifest: location ${name} url ${url} must be a file under assets/`);
      }
      if (isObject(options) && options.flexible !== undefined && typeof options.flexible !== 'boolean') errors.push(`manifest: ${name}.flexible must be a boolean`);
    }
  }
}

function checkParameters(manifest: Json, translations: Json | undefined, errors: string[]): void {
  const parameters = manifest.parameters ?? [];
  if (!Array.isArray(parameters)) return void errors.push('manifest: parameters must be an array');
  const names = parameters.map((p: Json) => p.name);
  const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
  if (duplicates.length > 0) errors.push(`manifest: duplicate parameters ${duplicates.join(', ')}`);
  const labels = isObject(translations?.app) && isObject(translations.app.parameters) ? translations.app.parameters : {};
  for (const p of parameters as Json[]) {
    const name = String(p.name);
    if (typeof p.name !== 'string' || p.name === '') errors.push('manifest: parameter without a name');
    if (name === 'name') errors.push('manifest: a parameter may not be called "name"');
    if (!PARAMETER_TYPES.includes(String(p.type ?? 'text'))) errors.push(`manifest: parameter ${name} has invalid type ${String(p.type)}`);
    for (const flag of ['required', 'secure']) if (p[flag] !== undefined && typeof p[flag] !== 'boolean') errors.push(`manifest: parameters.${name}.${flag} must be a boolean`);
    if (p.type === 'hidden' && p.required) errors.push(`manifest: hidden parameter ${name} cannot be required`);
    if (p.secure && 'default' in p) errors.push(`manifest: secure parameter ${name} must not have a default`);
    if (SECRET_NAME.test(name) && !p.secure) errors.push(`manifest: parameter ${name} looks secret: mark it secure`);
    if (p.secure && !(Array.isArray(p.scopes) && p.scopes.length > 0)) errors.push(`manifest: secure parameter ${name} should declare scopes`);
    const label = isObject(labels[name]) ? labels[name].label : undefined;
    if (typeof label !== 'string' || label === '') errors.push(`translations/en.json: app.parameters.${name}.label missing`);
  }
}

function checkManifest(root: string, manifest: Json, translations: Json | undefined, errors: string[]): void {
  for (const key of ['author', 'defaultLocale', 'frameworkVersion', 'version']) if (manifest[key] === undefined) errors.push(`manifest: missing ${key}`);
  const author = manifest.author;
  if (isObject(author)) {
    for (const key of ['name', 'email', 'url']) if (typeof author[key] !== 'string') errors.push(`manifest: author ${key} must be a string`);
    if (typeof author.url === 'string' && !/^https?:\/\//.test(author.url)) errors.push('manifest: author url must start with http(s)://');
  }
  if (!SERVED_FRAMEWORKS.includes(String(manifest.frameworkVersion))) errors.push(`manifest: frameworkVersion must be one of ${SERVED_FRAMEWORKS.join(', ')}`);
  for (const key of BOOLEAN_FIELDS) if (manifest[key] !== undefined && typeof manifest[key] !== 'boolean') errors.push(`manifest: ${key} must be a boolean`);
  const whitelist = manifest.domainWhitelist;
  if (whitelist !== undefined && !(Array.isArray(whitelist) && whitelist.every((d) => typeof d === 'string' && d !== '' && !d.includes('/')))) {
    errors.push('manifest: domainWhitelist must be an array of host names');
  }
  const locale = String(manifest.defaultLocale);
  if (!VALID_LOCALE.test(locale)) errors.push(`manifest: invalid defaultLocale ${locale}`);
  else if (!existsSync(path.join(root, 'translations', `${locale}.json`))) errors.push(`manifest: missing translations/${locale}.json`);
  checkLocations(root, manifest, errors);
  checkParameters(manifest, translations, errors);
}

function checkTranslations(root: string, files: string[], errors: string[]): Json | undefined {
  let english: Json | undefined;
  for (const file of files.filter((f) => f.startsWith('translations/'))) {
    const match = /^translations\/(.+)\.json$/.exec(file);
    if (!match || !VALID_LOCALE.test(match[1])) errors.push(`${file}: invalid locale file name`);
    const json = readJson(path.join(root, file), errors);
    if (json !== undefined && !isObject(json)) errors.push(`${file}: must be a JSON object`);
    if (file === 'translations/en.json' && isObject(json)) english = json;
  }
  const app = english?.app;
  if (!isObject(app)) errors.push('translations/en.json: missing "app" object');
  else for (const key of ['name', 'short_description', 'long_description', 'installation_instructions']) if (typeof app[key] !== 'string' || app[key] === '') errors.push(`translations/en.json: app.${key} missing`);
  return english;
}

function checkFiles(root: string, files: string[], errors: string[]): void {
  for (const file of files) {
    if (file.startsWith('SYMLINK:')) errors.push(`symlink not allowed: ${file.slice(8)}`);
    const ext = path.extname(file).slice(1).toLowerCase();
    if (BLOCKED_EXTENSIONS.includes(ext)) errors.push(`unsupported file type: ${file}`);
  }
  // An iframe-only (v2) app carries no v1 code: no root app.js, lib/, templates/ or app.css.
  for (const file of files) if (file === 'app.js' || file === 'app.css' || /^lib\/.*\.js$/.test(file) || /^templates\/.*\.hdbs$/.test(file)) errors.push(`v1 file in an iframe app: ${file}`);
  for (const [logo, size] of LOGOS) {
    if (!existsSync(path.join(root, logo))) errors.push(`missing ${logo}`);
    else if (JSON.stringify(pngSize(path.join(root, logo))) !== JSON.stringify([size, size])) errors.push(`${logo} must be a ${size}x${size} PNG`);
  }
}

function checkIframe(root: string, manifest: Json, errors: string[]): void {
  const support = isObject(manifest.location) && isObject(manifest.location.support) ? manifest.location.support : {};
  const sidebar = isObject(support.ticket_sidebar) ? support.ticket_sidebar : {};
  if (typeof sidebar.url !== 'string' || !existsSync(path.join(root, sidebar.url))) return;
  const html = readFileSync(path.join(root, sidebar.url), 'utf8');
  if (!html.includes(`<script src="${ZAF_SDK_URL}"></script>`)) errors.push('iframe: the ZAF SDK script tag is missing');
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const ref = match[1];
    if (/^https?:\/\//.test(ref)) continue;
    if (!existsSync(path.join(root, path.dirname(sidebar.url), ref))) errors.push(`iframe: referenced file ${ref} is missing`);
  }
}

/** Every problem `zcli apps:validate` would report for the app folder at `root` (empty when valid). */
export function validateZendeskApp(root: string): string[] {
  const errors: string[] = [];
  if (!existsSync(path.join(root, 'manifest.json'))) return ['missing manifest.json'];
  const manifest = readJson(path.join(root, 'manifest.json'), errors);
  if (!isObject(manifest)) return errors.length > 0 ? errors : ['manifest.json must be a JSON object'];
  const files = listFiles(root);
  const english = checkTranslations(root, files, errors);
  checkManifest(root, manifest, english, errors);
  checkFiles(root, files, errors);
  checkIframe(root, manifest, errors);
  return errors;
}
