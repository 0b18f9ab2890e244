/**
 * The risk context contract: what the risk library returns for a ticket, and what triage, the
 * note, the sidebar API and the CLI read. Extend by adding fields; never rename one.
 */
import type { EnforcementAction } from '../store/import/schemas';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const REASON_CODES = [
  'new_account',
  'unverified_identity',
  'prior_chargebacks',
  'high_claim_rate',
  'seller_high_dispute_rate',
  'seller_unshipped_orders',
  'linked_to_banned_account',
  'recent_account_changes',
  'delivered_but_claimed_inr',
  'prior_enforcement',
  'velocity_spike',
  'high_value_order',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type EvidenceValue = string | number | boolean | null;

export interface RiskReason {
  code: ReasonCode;
  /** The user id of the party the reason is about. */
  party: string;
  /** One sentence an agent can read, e.g. "2 chargebacks in the last 90 days". */
  text: string;
  /** Score points this reason contributes. */
  weight: number;
  evidence: Record<string, EvidenceValue>;
}

export type PartyRole = 'requester' | 'buyer' | 'seller' | 'mentioned';
export type AccountStatus = 'active' | 'suspended' | 'banned';

export interface AccountFacts {
  username: string;
  /** Full address: mask it before it leaves the service (note, sidebar). */
  email: string;
  createdAt: string;
  ageDays: number;
  country: string | null;
  emailVerified: boolean;
  phoneVerified: boolean;
  idVerified: boolean;
  status: AccountStatus;
  isSeller: boolean;
}

export interface BuyerStats {
  windowDays: number;
  orders: number;
  spendCents: number;
  refunds: number;
  refundedCents: number;
  chargebacks: number;
  claimsOpened: number;
  claimsWon: number;
  claimsLost: number;
  claimsOpen: number;
  /** claimsOpened / orders, 0 when there are no orders. */
  claimRate: number;
}

export interface SellerStats {
  windowDays: number;
  orders: number;
  unshippedOver3Days: number;
  inrClaims: number;
  snadClaims: number;
  inrRate: number;
  snadRate: number;
}

export interface LinkedAccount {
  userId: string;
  username: string;
  status: AccountStatus;
  via: Array<'device' | 'payment'>;
}

export interface RecentAccountEvent {
  type: string;
  at: string;
  country: string | null;
  /** Shortened fingerprint, never the full value. */
  device: string | null;
  /** True when the device was first seen within the recent window. */
  newDevice: boolean;
}

export interface EnforcementRecord {
  action: EnforcementAction;
  reason: string;
  at: string;
}

export interface PartyContext {
  userId: string;
  roles: PartyRole[];
  account: AccountFacts;
  buyer: BuyerStats;
  /** Null when the party is not a seller. */
  seller: SellerStats | null;
  linkedAccounts: LinkedAccount[];
  recentEvents: RecentAccountEvent[];
  enforcements: EnforcementRecord[];
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
}

export interface DisputeFacts {
  id: string;
  type: 'inr' | 'snad' | 'counterfeit' | 'unauthorized' | 'other';
  status: 'open' | 'won' | 'lost' | 'closed';
  openedBy: string;
  createdAt: string;
}

export interface RefundFacts {
  id: string;
  amountCents: number;
  reason: string;
  createdAt: string;
}

export interface OrderContext {
  id: string;
  buyerId: string;
  sellerId: string;
  showId: string | null;
  title: string;
  category: string;
  amountCents: number;
  currency: string;
  status: 'paid' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';
  createdAt: string;
  shippedAt: string | null;
  deliveredAt: string | null;
  trackingNumber: string | null;
  carrier: string | null;
  /** Hours from order to shipment, null when not shipped. */
  hoursToShip: number | null;
  /** Hours from shipment to delivery, null when not delivered. */
  hoursInTransit: number | null;
  disputes: DisputeFacts[];
  refunds: RefundFacts[];
}

export interface Mentions {
  orderIds: string[];
  handles: string[];
  trackingNumbers: string[];
}

export interface RiskContext {
  /** Null when the requester could not be matched; `requesterNote` then says why. */
  requester: PartyContext | null;
  requesterNote?: string;
  /** Every party, requester included, riskiest first. */
  parties: PartyContext[];
  orders: OrderContext[];
  mentions: Mentions;
  /** The ticket's risk is its riskiest party's. */
  score: number;
  level: RiskLevel;
  /** All parties' reasons, strongest first. */
  reasons: RiskReason[];
  computedAt: string;
}
