/**
 * ContextView → Canvas Kit content for the Intercom inbox app: the same facts as the Zendesk
 * panel, and a Refresh button. Data goes into list and data-table components (plain text);
 * text components (Markdown-capable) only carry our own words or escaped values.
 */
import type { ContextView, ViewParty } from '../context-view';
import {
  actionsHeading,
  buyerLine,
  claimsLine,
  enforcementLine,
  evidenceLine,
  eventsLine,
  humanize,
  money,
  orderDisputesLine,
  orderShippingLine,
  plural,
  sellerLine,
  shortTime,
  verificationLine,
} from '../format';
import { clip } from '../text';
import { MAX_CANVAS_BYTES, type CanvasComponent, type CanvasResponse, type FieldValue, type ListItem } from './schemas';

export const REFRESH_BUTTON_ID = 'refresh';

/** Markdown would turn `[x](http://evil)` from a ticket into a link: escape the syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

const text = (value: string, style: 'header' | 'paragraph' | 'muted' | 'error' = 'paragraph'): CanvasComponent => ({ type: 'text', text: value, style });
const list = (items: ListItem[]): CanvasComponent => ({ type: 'list', items });
const table = (items: FieldValue[]): CanvasComponent => ({ type: 'data-table', items });
const field = (name: string, value: string): FieldValue => ({ type: 'field-value', field: name, value: clip(value, 300) || '—' });
const refreshButton: CanvasComponent = { type: 'button', id: REFRESH_BUTTON_ID, label: 'Refresh', style: 'secondary', action: { type: 'submit' } };

interface Caps {
  reasons: number;
  parties: number;
  orders: number;
  linkedAccounts: number;
  history: number;
}

function partyTable(party: ViewParty): CanvasComponent {
  const rows: Array<FieldValue | null> = [
    field('User', `@${party.username} (${party.userId})`),
    field('Email', party.maskedEmail),
    field('Status', `${party.status}${party.isSeller ? ' · seller' : ''}`),
    field('Risk', `${party.score}/100 · ${party.level}`),
    field('Account', `${party.ageDays} days old${party.country ? ` · ${party.country}` : ''}`),
    field('Verified', verificationLine(party)),
    field('Buyer', buyerLine(party)),
    field('Claims', claimsLine(party)),
    sellerLine(party) === null ? null : field('Seller', sellerLine(party) ?? ''),
    field('Enforcement', enforcementLine(party)),
    eventsLine(party) === null ? null : field('Last 48h', eventsLine(party) ?? ''),
    party.linkedAccountCount > 0 ? field('Linked', plural(party.linkedAccountCount, 'account')) : null,
  ];
  return table(rows.filter((row): row is FieldValue => row !== null));
}

const SOURCE_LABEL: Record<string, string> = { local: 'local detector', provider: 'provider second opinion' };
const BASIS_LABEL: Record<string, string> = { requester: 'requester’s country', locale: 'ticket’s locale', none: 'country unknown' };

function helplineItems(choice: NonNullable<ContextView['helplines']>): ListItem[] {
  const items: ListItem[] = choice.lines.map((line, i) => ({
    type: 'item',
    id: `helpline-${i}`,
    title: clip(line.contact, 200),
    subtitle: clip(line.hours ? `${line.name} · ${line.hours}` : line.name, 250),
  }));
  if (choice.fallback) items.push({ type: 'item', id: 'helpline-none', title: 'No crisis line on file for this country', subtitle: 'Ask which country they are in.' });
  if (choice.emergency) items.push({ type: 'item', id: 'helpline-emergency', title: clip(choice.emergency, 200), subtitle: 'Emergency' });
  return items;
}

/** First on the canvas when a person may be in danger: the crisis or "Read for safety first" banner. */
export function safetySection(view: ContextView): CanvasComponent[] {
  if (!view.crisis && !view.crisisReview) return [];
  const category = view.crisisCategory ? ` (${humanize(view.crisisCategory)})` : '';
  const out: CanvasComponent[] = [
    view.crisis
      ? text(`CRISIS signals${category}: follow the crisis protocol now.`, 'error')
      : text(`Read for safety first — possible danger${category}. Escalate to the crisis team yourself if the person is in danger now.`, 'error'),
  ];
  const evidence = view.crisisEvidence.map((e, i): ListItem => ({
    type: 'item',
    id: `crisis-${i}`,
    title: clip(`“${e.excerpt}”`, 200),
    subtitle: clip(`${humanize(e.category ?? e.kind)} · ${e.language} · ${SOURCE_LABEL[e.source] ?? e.source}`, 250),
  }));
  if (evidence.length > 0) out.push(list(evidence));
  const choice = view.helplines;
  if (choice) {
    const where = choice.country ? `${choice.name} (${choice.country}, ${BASIS_LABEL[choice.basis] ?? ''})` : choice.name;
    out.push(text(escapeMarkdown(`Crisis lines — ${where}`), 'header'), list(helplineItems(choice)));
  }
  const guidance = view.safetyGuidance.map((line, i): ListItem => ({ type: 'item', id: `guidance-${i}`, title: clip(line, 200) }));
  if (guidance.length > 0) out.push(text('Safe handling', 'header'), list(guidance));
  out.push({ type: 'divider' });
  return out;
}

function riskSection(view: ContextView, caps: Caps): CanvasComponent[] {
  const out: CanvasComponent[] = [
    text(`Risk: ${view.risk.level.toUpperCase()} · ${view.risk.score}/100`, 'header'),
    text(`Intent: ${humanize(view.intent)} · ${view.status === 'decided' ? 'decided by riskdesk' : 'preview (not decided yet)'}`, 'muted'),
  ];
  const reasons = view.risk.reasons.slice(0, caps.reasons).map((r, i): ListItem => {
    const evidence = evidenceLine(r.evidence);
    const who = r.partyUsername ? `@${r.partyUsername}` : r.party;
    return { type: 'item', id: `reason-${i}`, title: clip(r.text, 200), subtitle: clip(evidence ? `${who} · ${evidence}` : who, 250), tertiary_text: `+${r.weight}` };
  });
  if (reasons.length > 0) out.push(text('Why', 'header'), list(reasons));
  return out;
}

function incidentSection(view: ContextView): CanvasComponent[] {
  const incident = view.incident;
  if (!incident) return [];
  const others = incident.otherTickets.map((t, i): ListItem => ({ type: 'item', id: `incident-ticket-${i}`, title: `${t.source === 'intercom' ? 'Conversation' : 'Ticket'} ${t.ticket}`, subtitle: t.source }));
  const out: CanvasComponent[] = [
    { type: 'divider' },
    text(`Incident ${incident.id} · ${incident.severity.toUpperCase()} · ${incident.status}`, 'header'),
  ];
  // A truthiness check, not `!== null`: a view built before the field existed carries no `ending`.
  if (incident.ending) out.push(text(escapeMarkdown(`Ended: ${incident.ending}`), 'muted'));
  out.push(text(escapeMarkdown(incident.summary)));
  if (others.length > 0) out.push(text(`Other tickets${incident.moreTickets > 0 ? ` (${incident.moreTickets} more not listed)` : ''}`, 'muted'), list(others));
  return out;
}

function partiesSection(view: ContextView, caps: Caps): CanvasComponent[] {
  const requester = view.parties.find((p) => p.roles.includes('requester'));
  const out: CanvasComponent[] = [{ type: 'divider' }, text('Requester', 'header')];
  if (requester) out.push(partyTable(requester));
  else out.push(text(escapeMarkdown(view.requesterNote ?? 'Requester not matched to a marketplace account.'), 'muted'));
  const others = view.parties.filter((p) => p !== requester).slice(0, caps.parties);
  for (const party of others) out.push(text(`Other party: ${party.roles.join(', ')}`, 'header'), partyTable(party));
  return out;
}

function ordersSection(view: ContextView, caps: Caps): CanvasComponent[] {
  const orders = view.orders.slice(0, caps.orders).map((o, i): ListItem => ({
    type: 'item',
    id: `order-${i}`,
    title: clip(`#${o.id} · ${o.title}`, 200),
    subtitle: clip(`${o.status} · ${money(o.amountCents, o.currency)} · ${orderShippingLine(o)}`, 250),
    tertiary_text: clip([o.trackingNumber ? `${o.carrier ?? 'tracking'} ${o.trackingNumber}` : '', orderDisputesLine(o)].filter(Boolean).join(' · ') || 'no tracking', 250),
  }));
  const names = new Map(view.parties.map((p) => [p.userId, `@${p.username}`]));
  const linked = view.linkedAccounts.slice(0, caps.linkedAccounts).map((l, i): ListItem => ({
    type: 'item',
    id: `linked-${i}`,
    title: clip(`@${l.username} · ${l.status.toUpperCase()}`, 200),
    subtitle: clip(`shares ${l.via.join(' + ')} with ${names.get(l.linkedTo) ?? l.linkedTo}`, 250),
  }));
  const out: CanvasComponent[] = [];
  if (orders.length > 0) out.push(text('Mentioned orders', 'header'), list(orders));
  if (linked.length > 0) out.push(text('Linked accounts', 'header'), list(linked));
  return out;
}

function actionsSection(view: ContextView, caps: Caps): CanvasComponent[] {
  const a = view.actions;
  const out: CanvasComponent[] = [
    text(actionsHeading(view.actionsStatus), 'header'),
    table([
      field('Priority', a.priority),
      field('Route', a.route ?? 'none'),
      field('Tags', a.tags.join(', ') || 'none'),
      field('Macros', a.macros.join(', ') || 'none'),
      field('SLA', a.slaMinutes === null ? 'none' : `${a.slaMinutes} min`),
    ]),
  ];
  const history = view.history.slice(0, caps.history).map((h, i): ListItem => ({
    type: 'item',
    id: `history-${i}`,
    title: h.level === null ? 'no decision (job failed)' : `${h.level.toUpperCase()} ${h.score ?? '?'}/100 · ${humanize(h.intent ?? 'other')}`,
    subtitle: clip(`${shortTime(h.at)} · rules ${h.rulesVersion ?? 'n/a'}`, 250),
    tertiary_text: clip(h.outcome, 60),
  }));
  if (history.length > 0) out.push(text('Recent decisions', 'header'), list(history));
  return out;
}

function build(view: ContextView, caps: Caps): CanvasResponse {
  const components = [
    ...safetySection(view),
    ...riskSection(view, caps),
    ...incidentSection(view),
    ...partiesSection(view, caps),
    ...ordersSection(view, caps),
    { type: 'divider' } as const,
    ...actionsSection(view, caps),
    { type: 'divider' } as const,
    refreshButton,
    text(`Updated ${shortTime(view.generatedAt)}${view.truncated ? ' · some lists shortened' : ''}`, 'muted'),
  ];
  return { canvas: { content: { components } } };
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** The canvas for `view`, lists halved until it fits Intercom's 64 KB. */
export function renderCanvas(view: ContextView, maxBytes = MAX_CANVAS_BYTES): CanvasResponse {
  let caps: Caps = { reasons: 8, parties: 5, orders: 10, linkedAccounts: 15, history: 10 };
  for (;;) {
    const canvas = build(view, caps);
    if (bytes(canvas) <= maxBytes) return canvas;
    const next: Caps = {
      reasons: Math.floor(caps.reasons / 2),
      parties: Math.floor(caps.parties / 2),
      orders: Math.floor(caps.orders / 2),
      linkedAccounts: Math.floor(caps.linkedAccounts / 2),
      history: Math.floor(caps.history / 2),
    };
    if (JSON.stringify(next) === JSON.stringify(caps)) return renderErrorCanvas('This ticket’s context is too large to show here.');
    caps = next;
  }
}

/** A canvas that says what went wrong and offers Refresh: Intercom shows it instead of a blank card. */
export function renderErrorCanvas(message: string): CanvasResponse {
  return {
    canvas: {
      content: {
        components: [text('riskdesk', 'header'), text(escapeMarkdown(clip(message, 500)), 'error'), refreshButton],
      },
    },
  };
}
