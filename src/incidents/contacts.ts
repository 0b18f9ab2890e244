/**
 * Off-platform contacts a ticket names: payment handles (Venmo, Cash App, PayPal, Zelle),
 * Telegram / WhatsApp / Instagram handles, phone numbers, external domains and URLs. Brand names
 * are the same in every language; what differs is the word for "phone" (en, de, es, pl, fr, it).
 * Order numbers, prices, dates and tracking numbers are never taken for contacts: a phone needs a
 * leading +, the US 3-3-4 grouping or a phone word, and at least 9 digits; a cashtag starts with a
 * letter; a domain needs a known top-level domain and is never the part of an email after the @.
 */

export type ContactKind = 'venmo' | 'cashapp' | 'paypal' | 'zelle' | 'telegram' | 'whatsapp' | 'instagram' | 'phone' | 'domain';

export interface Contact {
  kind: ContactKind;
  /** Normalised value: lower-cased handle without @, digits with a leading + when given, host. */
  value: string;
  /** Stable id, `kind:value`. */
  id: string;
  label: string;
}

const MAX_SCAN = 20_000;
const MAX_CONTACTS = 10;

const AT_HANDLE = String.raw`@([A-Za-z0-9][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_])`;
/** Up to four short words between a platform name and its handle: "on Venmo it's @x", "mi Venmo es @x". */
const GAP = String.raw`(?:[\s:,-]+[^\s@$]{1,12}){0,4}[\s:,-]+`;
const PHONE_WORDS = [
  'phone', 'call', 'text me', 'sms', 'mobile', 'cell', // en
  'telefon', 'handy', 'anrufen', 'ruf', 'nummer', // de
  'teléfono', 'telefono', 'móvil', 'movil', 'llama', 'llámame', 'celular', // es
  'tel', 'tel.', 'zadzwoń', 'zadzwon', 'komórka', 'komorka', // pl
  'téléphone', 'tél', 'tél.', 'portable', 'appelle', 'appelez', // fr
  'cellulare', 'chiama', 'chiamami', // it
  'whatsapp', 'signal', 'zelle',
];
const TLDS = 'com|net|org|shop|store|io|co|xyz|top|site|online|de|es|pl|fr|it|uk|us|info|biz|me|app|ru|cn|eu|live|club|vip|link|click|buzz|ly|gg|tv|to';
const PLATFORM_HOSTS = /^(?:t\.me|telegram\.me|wa\.me|api\.whatsapp\.com|(?:www\.)?instagram\.com|(?:www\.)?paypal\.me|(?:www\.)?paypal\.com|(?:www\.)?venmo\.com|cash\.app)$/;

const LABELS: Record<ContactKind, string> = {
  venmo: 'Venmo',
  cashapp: 'Cash App',
  paypal: 'PayPal',
  zelle: 'Zelle',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  phone: 'phone',
  domain: 'site',
};

export interface ContactOptions {
  /** Hosts never reported (the marketplace itself, carriers, email providers); subdomains included. */
  ignoreDomains?: readonly string[];
  /** Digit strings already known as order ids or tracking numbers: never a phone. */
  knownNumbers?: readonly string[];
}

export const DEFAULT_IGNORED_DOMAINS = [
  'ups.com', 'usps.com', 'dhl.com', 'dhl.de', 'fedex.com', 'dpd.com', 'inpost.pl', 'poczta-polska.pl', 'laposte.fr', 'poste.it', 'correos.es',
  'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'gmx.de', 'web.de', 'wp.pl', 'onet.pl', 'orange.fr', 'libero.it',
  'example.com', 'example.org',
];

function phoneValue(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return null;
  return raw.trim().startsWith('+') ? `+${digits}` : digits;
}

/** Dates (2025-12-03, 03.12.2025, 12/03/2025) and decimals are not phone numbers. */
function looksLikeDateOrAmount(raw: string): boolean {
  const t = raw.trim();
  return /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(t) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(t) || /^\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}$/.test(t);
}

class Collector {
  readonly found: Contact[] = [];

  add(kind: ContactKind, rawValue: string): void {
    if (this.found.length >= MAX_CONTACTS) return;
    const value = kind === 'phone' || kind === 'whatsapp' || kind === 'zelle' ? rawValue : rawValue.toLowerCase().replace(/^@/, '').replace(/[.]+$/, '');
    if (!value) return;
    const id = `${kind}:${value}`;
    if (this.found.some((c) => c.id === id)) return;
    const shown = kind === 'domain' ? value : kind === 'phone' ? value : kind === 'cashapp' ? `$${value}` : /^[+\d]/.test(value) || value.includes('@') ? value : `@${value}`;
    this.found.push({ kind, value, id, label: `${LABELS[kind]} ${shown}` });
  }
}

function emailSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)].map((m) => [m.index, m.index + m[0].length]);
}

const inside = (spans: Array<[number, number]>, at: number): boolean => spans.some(([from, to]) => at >= from && at < to);

function ignoredHost(host: string, ignore: readonly string[]): boolean {
  return ignore.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function collectLinks(text: string, out: Collector, ignore: readonly string[]): void {
  const platformPaths: Array<[RegExp, ContactKind]> = [
    [/\b(?:t|telegram)\.me\/([A-Za-z0-9_]{3,32})/gi, 'telegram'],
    [/\bwa\.me\/\+?(\d{9,15})/gi, 'whatsapp'],
    [/\binstagram\.com\/([A-Za-z0-9_.]{2,30})/gi, 'instagram'],
    [/\bpaypal\.me\/([A-Za-z0-9_.-]{2,30})/gi, 'paypal'],
    [/\bvenmo\.com\/(?:u\/)?([A-Za-z0-9_-]{2,30})/gi, 'venmo'],
    [/\bcash\.app\/\$([A-Za-z][A-Za-z0-9_]{1,20})/gi, 'cashapp'],
  ];
  for (const [pattern, kind] of platformPaths) {
    for (const m of text.matchAll(pattern)) out.add(kind, kind === 'whatsapp' ? `+${m[1] ?? ''}` : (m[1] ?? ''));
  }
  const emails = emailSpans(text);
  const host = new RegExp(String.raw`(?<![@\w.-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS}))(?![\w-]|\.[a-z])`, 'gi');
  for (const m of text.matchAll(host)) {
    const name = (m[1] ?? '').toLowerCase().replace(/^www\./, '');
    if (inside(emails, m.index) || PLATFORM_HOSTS.test(name) || ignoredHost(name, ignore)) continue;
    out.add('domain', name);
  }
}

function collectHandles(text: string, out: Collector): void {
  const platforms: Array<[string, ContactKind, string]> = [
    ['venmo', 'venmo', AT_HANDLE],
    [String.raw`(?:telegram|tg)`, 'telegram', AT_HANDLE],
    [String.raw`(?:instagram|insta|ig)`, 'instagram', AT_HANDLE],
    ['paypal', 'paypal', String.raw`([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})`],
  ];
  for (const [name, kind, value] of platforms) {
    for (const m of text.matchAll(new RegExp(String.raw`\b${name}\b${GAP}${value}`, 'gi'))) out.add(kind, m[1] ?? '');
  }
  // "Telegram: scamdealer" — a bare handle only right after the name and a colon.
  for (const m of text.matchAll(/\b(?:telegram|tg)\s*:\s*([A-Za-z][A-Za-z0-9_]{3,31})\b/gi)) out.add('telegram', m[1] ?? '');
  for (const m of text.matchAll(/(?<![\w$])\$([A-Za-z][A-Za-z0-9_]{1,20})\b/g)) out.add('cashapp', m[1] ?? '');
  for (const m of text.matchAll(new RegExp(String.raw`\bzelle\b${GAP}([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})`, 'gi'))) out.add('zelle', (m[1] ?? '').toLowerCase());
}

function collectPhones(text: string, out: Collector, known: ReadonlySet<string>): void {
  const words = PHONE_WORDS.map((w) => w.replace(/[.]/g, '\\.')).join('|');
  const candidates: Array<{ raw: string; at: number; kind: ContactKind }> = [];
  for (const m of text.matchAll(/(?<![\w+])\+\d[\d\s().-]{7,18}\d(?!\d)/g)) candidates.push({ raw: m[0], at: m.index, kind: 'phone' });
  for (const m of text.matchAll(/(?<![\w+])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w])/g)) candidates.push({ raw: m[0], at: m.index, kind: 'phone' });
  const led = new RegExp(String.raw`(?<![\p{L}])(${words})(?![\p{L}])[^\d+\n]{0,20}(\+?\d[\d\s().-]{7,18}\d)(?!\d)`, 'giu');
  for (const m of text.matchAll(led)) {
    const word = (m[1] ?? '').toLowerCase();
    const kind: ContactKind = word === 'whatsapp' ? 'whatsapp' : word === 'zelle' ? 'zelle' : 'phone';
    candidates.push({ raw: m[2] ?? '', at: m.index + m[0].length - (m[2] ?? '').length, kind });
  }
  // A platform name before the number makes it that platform's contact, not a bare phone.
  candidates.sort((a, b) => (a.kind === 'phone' ? 1 : 0) - (b.kind === 'phone' ? 1 : 0));
  for (const candidate of candidates) {
    if (looksLikeDateOrAmount(candidate.raw)) continue;
    const value = phoneValue(candidate.raw);
    if (!value || known.has(value.replace(/^\+/, ''))) continue;
    const digits = value.replace(/^\+/, '');
    if (out.found.some((c) => (c.kind === 'phone' || c.kind === 'whatsapp' || c.kind === 'zelle') && c.value.replace(/^\+/, '').endsWith(digits.slice(-9)))) continue;
    out.add(candidate.kind, value);
  }
}

/** Contacts named in the text, at most 10, in a stable order (links, handles, phones). */
export function extractContacts(text: string, options: ContactOptions = {}): Contact[] {
  const clean = (typeof text === 'string' ? text.slice(0, MAX_SCAN) : '').normalize('NFC');
  const known = new Set((options.knownNumbers ?? []).map((n) => n.replace(/\D/g, '')).filter((n) => n.length > 0));
  const out = new Collector();
  collectLinks(clean, out, options.ignoreDomains ?? DEFAULT_IGNORED_DOMAINS);
  collectHandles(clean, out);
  collectPhones(clean, out, known);
  return out.found;
}
