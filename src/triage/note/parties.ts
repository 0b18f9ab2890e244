/** Requester and counterparty summaries: who they are and how they behave, in a few lines. */
import type { PartyContext, RiskContext } from '../../risk/types';
import { money, partyName, percent, yesNo } from './format';
import { list, text, title } from './html';
import type { NoteLimits } from './limits';

function buyerLine(party: PartyContext): string {
  const b = party.buyer;
  return (
    `Buyer ${b.windowDays}d: ${b.orders} orders, ${money(b.spendCents)} spent, ${b.refunds} refunds, ${b.chargebacks} chargebacks, ` +
    `claims ${b.claimsOpened} (won ${b.claimsWon} / lost ${b.claimsLost} / open ${b.claimsOpen}), claim rate ${percent(b.claimRate)}`
  );
}

function sellerLine(party: PartyContext): string {
  const s = party.seller;
  if (!s) return '';
  return `<br>Seller ${s.windowDays}d: ${s.orders} orders, ${s.unshippedOver3Days} unshipped &gt;3 d, INR ${percent(s.inrRate)}, SNAD ${percent(s.snadRate)}`;
}

export function partySummary(party: PartyContext): string {
  const a = party.account;
  const status = a.status === 'active' ? 'active' : `<b>${text(a.status.toUpperCase(), 12)}</b>`;
  return (
    `<p><b>${text(partyName(party), 60)}</b> (id ${text(party.userId, 60)}, ${text(a.email, 80)}) — ${a.isSeller ? 'seller' : 'buyer'}` +
    ` · roles: ${text(party.roles.join(', '), 60)} · risk ${Math.round(party.score)} ${text(party.level.toUpperCase(), 10)}<br>` +
    `Account: ${Math.round(a.ageDays)} days old · ${text(a.country ?? 'country unknown', 40)} · status ${status} · ` +
    `verified: email ${yesNo(a.emailVerified)}, phone ${yesNo(a.phoneVerified)}, ID ${yesNo(a.idVerified)}<br>` +
    `${buyerLine(party)}${sellerLine(party)}` +
    (party.linkedAccounts.length > 0 ? `<br>Linked accounts: ${party.linkedAccounts.length}` : '') +
    (party.enforcements.length > 0 ? `<br>Enforcements: ${party.enforcements.length}` : '') +
    `</p>`
  );
}

export function requesterSection(context: RiskContext, limits: NoteLimits): string {
  if (!context.requester) {
    const why = context.requesterNote ? `: ${text(context.requesterNote, limits.text)}` : '';
    return title('Requester') + `<p>Not matched to a marketplace account${why}. Verify who is writing before acting.</p>`;
  }
  return title('Requester') + partySummary(context.requester);
}

export function counterpartySection(context: RiskContext, limits: NoteLimits): string {
  const requesterId = context.requester?.userId;
  const others = context.parties.filter((p) => p.userId !== requesterId);
  if (others.length === 0) return title('Counterparty') + '<p>No other party identified in this ticket.</p>';
  const shown = others.slice(0, limits.parties).map((p) => partySummary(p));
  const more = others.length > limits.parties ? `<p><i>… ${others.length - limits.parties} more</i></p>` : '';
  return title(others.length === 1 ? 'Counterparty' : 'Counterparties') + shown.join('') + more;
}

export function linkedSection(context: RiskContext, limits: NoteLimits): string {
  const rows = context.parties.flatMap((party) => party.linkedAccounts.map((link) => ({ party, link })));
  if (rows.length === 0) return '';
  return (
    title('Linked accounts') +
    list(rows, limits.linked, ({ party, link }) => {
      const status = link.status === 'active' ? 'active' : `<b>${text(link.status.toUpperCase(), 12)}</b>`;
      return `@${text(link.username, 60)} (id ${text(link.userId, 60)}) — ${status} — shares ${text(link.via.join(' + '), 30)} with ${text(partyName(party), 60)}`;
    })
  );
}
