/**
 * Boundary rules between neighbouring intents. The customer's primary need — what they want the
 * team to do — decides which of two matching intents comes first; the other stays listed as a
 * secondary intent. Each rule names the cue that shows the need, the intent it favours and the
 * neighbours it damps. Cues are written against normalised text (see ../text/normalize.ts) in
 * en/de/es/pl/fr/it and never depend on the language detector.
 */
import type { Intent } from '../types';
import {
  CANCEL_BEFORE_SHIPPING, CONDUCT_AGAIN, CONDUCT_POLICY_QUESTION, PHISHING_MESSAGE, SELLER_SIDE, SETTLED_CONDUCT, SHIPPING_OVERDUE,
} from './boundary-cues';

export interface BoundaryRule {
  id: string;
  /** Why the favoured intent is the primary need when the cue is present. */
  reason: string;
  favour: Intent;
  /** The favoured intent must have at least this adjusted evidence for the rule to apply. */
  minEvidence: number;
  /** Present when the rule depends on words in the ticket; otherwise the favoured evidence alone triggers it. */
  cue?: RegExp;
  /** Words that take the cue back ("he is back with a new account" after "it's long over"). */
  unless?: RegExp;
  damp: readonly Intent[];
  factor: number;
  /** Multiplier on the favoured intent's own evidence (default 1). */
  boost?: number;
  /** More specific situations the rule gives way to: it does not apply when one of them has strong evidence. */
  yieldTo?: readonly Intent[];
}

/** Evidence of a `yieldTo` intent at or above this makes a rule stand aside. */
const STRONG = 3;

// The order was cancelled (by buyer, seller or platform), placed by mistake or twice, the buyer
// changed their mind, an event did not take place, or a refund already agreed has not come.
const ORDER_UNDONE = new RegExp(
  [
    String.raw`\bcancel+(?:ed|ing|lation)?\b`, String.raw`\b(?:by|in) (?:mistake|accident)\b`, String.raw`\baccidental+y\b`,
    String.raw`\b(?:charged|bought|ordered|paid|billed) (?:me )?twice\b`, String.raw`\bdouble (?:charged|order|bid|payment)`, String.raw`\bduplicate\b`,
    String.raw`\bchanged my mind\b`, String.raw`\bno ?show\b`, String.raw`\bi want out\b`,
    String.raw`\brefund\w* (?:was |has been |is |got )?(?:promised|processed|approved|issued|initiated|agreed|confirmed)`,
    String.raw`\b(?:still (?:no|not|havent|hasnt|waiting (?:for|on))|not yet|never (?:got|received|saw|issued)) (?:\w+ ){0,2}refund`,
    String.raw`\bwaiting (?:for|on) (?:my |the )?refund`, String.raw`\bwarte\w* (?:\w+ ){0,3}auf (?:meine |die )?(?:ruckzahlung|erstattung|ruckerstattung)`,
    String.raw`\b(?:agreed|accepted|promised) to (?:refund|give (?:me )?(?:my |the )?money back)`, String.raw`\bzgodzil\w* sie (?:oddac|zwrocic)`,
    // de
    String.raw`\bstorn(?:o|iert|ieren|ierung)\b`, String.raw`\b(?:aus versehen|versehentlich)\b`, String.raw`\bdoppelt (?:bestellt|bezahlt|abgebucht|gekauft)`,
    // es
    String.raw`\b(?:cancel|anul)(?:ado|ada|ar|e|o|ó)\b`, String.raw`\b(?:por error|sin querer|dos veces)\b`, String.raw`\bme arrepenti\b`,
    // pl
    String.raw`\banulow\w*`, String.raw`\b(?:przez pomylke|omsknal|omyskowo|dwa razy)\b`, String.raw`\brezygnuj\w*`,
    // fr
    String.raw`\bannul(?:e|ee|er|ez|ation)\b`, String.raw`\b(?:par erreur|par megarde|deux fois|jai craque)\b`,
    // it
    String.raw`\bannull(?:ato|ata|are|ate|amento)\b`, String.raw`\b(?:per errore|per sbaglio|due volte)\b`,
    // a refund (named in any language) that has not arrived
    String.raw`\b(?:refund|reembolso|remboursement|rimborso|ruckerstattung|erstattung|ruckzahlung|zwrot)\w* (?:\w+ ){0,2}(?:not|no|nie|nicht|non|pas|never|nunca|mai|noch|toujours|ancora|todavia|jeszcze) (?:\w+ ){0,3}(?:received|arrived|came|llegado|llego|arrivato|recu|erhalten|angekommen|dostal|doszedl|przyszedl|wplynal)`,
    String.raw`\bpas (?:encore |toujours )?(?:ete )?rembourse`, String.raw`\bnon (?:sono stato|mi hanno) (?:ancora )?rimborsat`,
    String.raw`\b(?:money|it|\d+) (?:still )?(?:hasnt|has not|havent|have not|didnt) (?:\w+ )?(?:come|came|gone|been (?:credited|returned|refunded)) back`,
    String.raw`\b(?:havent|still havent|didnt|not) (?:got|gotten|received) (?:my |the )?(?:\d+ |money )?back\b`,
    String.raw`\btoujours (?:rien|pas) (?:\w+ ){0,2}recu (?:sur ma carte|sur mon compte)`, String.raw`\b(?:immer )?noch (?:nicht|kein) (?:\w+ )?zur(?:u|ue)ck\b`,
    String.raw`\b(?:aspett|attend)\w* (?:ancora )?(?:il )?rimborso`, String.raw`\brimborso (?:che )?non (?:e )?(?:ancora )?arriva`,
    String.raw`\b(?:reembolso|dinero)\w* (?:\w+ ){0,4}sigue sin llegar`, String.raw`\b(?:espero|esperando) (?:el|mi) reembolso`,
    // a refund the seller already accepted
    String.raw`\b(?:a|ont|avait) accepte (?:le |un )?rembours`, String.raw`\breso accettato`, String.raw`\bha accettato (?:il |un )?rimborso`,
    String.raw`\b(?:erstattung|ruckerstattung|rueckerstattung) (?:\w+ )?(?:zugesagt|akzeptiert|bestatigt)`, String.raw`\bacepto (?:el |un )?reembolso`,
    String.raw`\bzgodzil\w* sie na zwrot`, String.raw`\bzaakceptowal\w* zwrot`,
    String.raw`\bwiderruf`, String.raw`\bodstapieni\w* od umowy`, String.raw`\bdroit de retractation`, String.raw`\bdiritto di recesso`, String.raw`\bderecho de desistimiento`,
    // a refund already asked for or processed: the ticket follows the refund up. French "demande"
    // (folded "demandé") is also the present "je demande le remboursement" — asking now, a remedy —
    // so only the compound past ("j'ai demandé") counts.
    String.raw`\b(?:requested|asked for|pedi|solicite|(?:j?ai|j?avais|avait|avons) (?:deja )?demande|richiesto|beantragt|prosilem|prosilam) (?:\w+ ){0,2}(?:refund|reembolso|remboursement|rimborso|erstattung|zwrot)`,
    String.raw`\b(?:hemos procesado|was processed|has been processed|wurde bearbeitet|e stato elaborato|a ete traite)`,
    // cancelling before the parcel leaves
    String.raw`\bif (?:it|they|the order) (?:havent|hasnt|has not|have not) (?:been )?shipped`, String.raw`\bbefore (?:it|they|the seller) (?:ships?|sends?)`,
    String.raw`\bavant (?:lenvoi|lexpedition)`, String.raw`\bantes de que (?:lo |la |los )?envi`, String.raw`\bbevor (?:es|sie|er) (?:verschickt|versendet)`,
    String.raw`\bprima (?:della spedizione|che (?:venga|sia) spedit)`, String.raw`\bzanim (?:wysle|zostanie wyslan)`,
  ].join('|'),
);

// The buyer has the parcel in hand: a problem with its contents is not a missing parcel.
const ARRIVED = new RegExp(
  [
    String.raw`(?<!(?:never|not|hasnt|havent|didnt|still not|yet to|has not|have not|did not) )\b(?:arrived|came|received|showed up|opened (?:it|the box|the package))\b(?! yet)`,
    String.raw`(?<!(?:no|nie|nicht|non|pas|jamais|nunca|mai|nie) )\b(?:llego|llegaron|recibi|przyszl\w*|doszl\w*|dostalem|dostalam|angekommen|erhalten|ricevut\w*|arrivat[oaie]|recu|recue)\b`,
  ].join('|'),
);

/** Situations in which the order was never the customer's: cancelling it is again only the remedy (precedence.ts too). */
export const ORDER_UNDONE_YIELDS_TO: readonly Intent[] = ['unauthorized_transaction', 'chargeback_dispute', 'account_takeover', 'harassment'];

export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  {
    id: 'authenticity-over-condition',
    reason: 'fake, replica, resealed or not authentic is a counterfeit case even when condition words are present',
    favour: 'counterfeit',
    minEvidence: 3,
    damp: ['item_not_as_described'],
    factor: 0.5,
  },
  {
    id: 'arrived-so-not-missing',
    reason: 'the parcel arrived and its contents are wrong, damaged or incomplete: not a missing parcel',
    favour: 'item_not_as_described',
    minEvidence: 1.5,
    cue: ARRIVED,
    damp: ['item_not_received'],
    factor: 0.5,
  },
  {
    id: 'partial-refund-is-a-remedy',
    reason: 'a partial refund is asked for an item that came in worse shape than listed: the condition problem is the case',
    favour: 'item_not_as_described',
    minEvidence: 1.5,
    cue: /\b(?:partial refund|refund (?:of )?the difference|rimborso parziale|remboursement partiel|reembolso parcial|teil ?(?:erstattung|ruckerstattung)|teilweise erstattung|czesciowy zwrot|zwrot czesci)/,
    damp: ['refund_request'],
    factor: 0.5,
  },
  {
    id: 'phishing-over-its-bait',
    reason: 'a message that pretends to come from the platform is the case; the payout on hold, suspended account or parcel at customs it mentions is only its bait',
    favour: 'scam_off_platform',
    minEvidence: 0,
    cue: PHISHING_MESSAGE,
    damp: ['seller_payout', 'account_access', 'counterfeit', 'item_not_received', 'refund_request'],
    factor: 0.5,
  },
  {
    id: 'seller-money-is-a-payout',
    reason: 'a seller whose payment "has not arrived" or who wants "my money" is asking about a payout, not a parcel or a refund',
    favour: 'seller_payout',
    minEvidence: 2.5,
    cue: SELLER_SIDE,
    damp: ['item_not_received', 'refund_request'],
    factor: 0.5,
  },
  {
    id: 'order-undone-refund',
    reason: 'a cancelled, mistaken or duplicate order, or an agreed refund that has not come, is a refund case whatever the parcel did',
    favour: 'refund_request',
    minEvidence: 1,
    cue: ORDER_UNDONE,
    damp: ['item_not_received', 'item_not_as_described', 'seller_payout', 'scam_off_platform', 'counterfeit'],
    factor: 0.45,
    boost: 1.5,
    yieldTo: ORDER_UNDONE_YIELDS_TO,
  },
  {
    id: 'cancel-before-it-ships',
    reason: 'a buyer who asks to cancel an order that has not shipped yet is not missing a parcel: "not shipped" says the order can still be stopped',
    favour: 'refund_request',
    minEvidence: 0,
    cue: CANCEL_BEFORE_SHIPPING,
    unless: SHIPPING_OVERDUE,
    damp: ['item_not_received'],
    factor: 0.4,
  },
  {
    id: 'threat-or-contact-harassment',
    reason: 'threats, slurs, stalking or unwanted contact (above all with a minor) from another user need the conduct team first',
    favour: 'harassment',
    minEvidence: 3.5,
    damp: ['chargeback_dispute', 'item_not_received', 'item_not_as_described', 'counterfeit', 'scam_off_platform', 'refund_request', 'seller_payout'],
    factor: 0.45,
  },
  {
    id: 'settled-conduct-is-history',
    reason: 'harassment the customer reports as over (the user was banned, the police settled it, nothing since) is background to a service request',
    favour: 'other',
    minEvidence: 0,
    cue: SETTLED_CONDUCT,
    unless: CONDUCT_AGAIN,
    damp: ['harassment'],
    factor: 0.4,
  },
  {
    id: 'conduct-policy-question',
    reason: 'a question about the rules for threats or harassment ("what do you do if someone threatens a seller?") asks how the platform works',
    favour: 'other',
    minEvidence: 0,
    cue: CONDUCT_POLICY_QUESTION,
    damp: ['harassment'],
    factor: 0.45,
  },
  {
    id: 'service-request-over-situation',
    reason: 'a service request (change the address of an order, tax forms, close the account) is what the customer wants done, even when it mentions an order or money',
    favour: 'other',
    minEvidence: 3.5,
    damp: ['item_not_received', 'seller_payout', 'unauthorized_transaction', 'account_takeover'],
    factor: 0.5,
  },
];

/**
 * Applies the rules whose cue and lexicon evidence are present, in order, to `scores` (the
 * blended scores); each damps its neighbours once. Returns the ids of the rules that fired.
 */
export function applyBoundaries(
  scores: Map<Intent, number>,
  evidence: ReadonlyMap<Intent, number>,
  text: string,
  rules: readonly BoundaryRule[] = BOUNDARY_RULES,
): string[] {
  const fired: string[] = [];
  for (const rule of rules) {
    if ((evidence.get(rule.favour) ?? 0) < rule.minEvidence) continue;
    if (rule.cue !== undefined && !rule.cue.test(text)) continue;
    if (rule.unless?.test(text) === true) continue;
    if ((rule.yieldTo ?? []).some((intent) => (evidence.get(intent) ?? 0) >= STRONG)) continue;
    fired.push(rule.id);
    if (rule.boost !== undefined) scores.set(rule.favour, (scores.get(rule.favour) ?? 0) * rule.boost);
    for (const target of rule.damp) {
      const value = scores.get(target);
      if (value !== undefined) scores.set(target, value * rule.factor);
    }
  }
  return fired;
}

/** Whether the ticket says its order was undone (see ORDER_UNDONE): a refund is then not a mere remedy. */
export const orderUndone = (text: string): boolean => ORDER_UNDONE.test(text);
