import type { Queryable } from '../store/db';
import { bulkUpsert } from '../store/bulk';
import type { EnforcementAction } from '../store/import/schemas';
import { TABLES, type EntityName } from '../store/tables';
import { createRng } from './prng';
import { CATEGORIES, NAME_HEADS, NAME_TAILS, TITLES } from './catalog';

type Row = unknown[];
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Accumulates hand-made rows (planted patterns) and writes them with bulk upserts. */
export class WorldBuilder {
  readonly rows: Record<EntityName, Row[]> = { users: [], orders: [], payments: [], disputes: [], refunds: [], devices: [], account_events: [], shows: [], enforcements: [] };
  readonly rng;
  private seq = 0;

  constructor(
    readonly now: Date,
    seed: number,
    private nextUser: number,
    private nextOrder: number,
  ) {
    this.rng = createRng(seed);
  }

  ago(days: number, hours = 0): Date {
    return new Date(this.now.getTime() - days * DAY - hours * HOUR);
  }

  private id(prefix: string): string {
    this.seq += 1;
    return `${prefix}${String(this.seq).padStart(6, '0')}`;
  }

  user(opts: { ageDays: number; seller?: boolean; status?: 'active' | 'suspended' | 'banned'; verified?: boolean; country?: string }): string {
    const n = this.nextUser++;
    const id = `U${String(n).padStart(7, '0')}`;
    const username = `${this.rng.pick(NAME_HEADS)}${this.rng.pick(NAME_TAILS)}${n}`;
    const verified = opts.verified ?? true;
    this.rows.users.push([id, `${username}@example.com`, username, this.ago(opts.ageDays), opts.country ?? 'US', true, verified, verified && Boolean(opts.seller), opts.status ?? 'active', Boolean(opts.seller)]);
    this.device(id, `dev_${id.toLowerCase()}_home`, opts.ageDays);
    return id;
  }

  device(userId: string, fingerprint: string, firstSeenDaysAgo: number, lastSeenDaysAgo = 1): void {
    this.rows.devices.push([userId, fingerprint, this.ago(firstSeenDaysAgo), this.ago(Math.min(lastSeenDaysAgo, firstSeenDaysAgo))]);
  }

  /** An order with its payment; status derived from the given timeline. */
  order(opts: { buyer: string; seller: string; daysAgo: number; currency?: string; shipAfterHours?: number | null; deliverAfterHours?: number | null; amountCents?: number; paymentFingerprint?: string; paymentStatus?: string }): string {
    const id = `WN-${48_000_000 + this.nextOrder++}`;
    const category = this.rng.pick(CATEGORIES);
    const created = this.ago(opts.daysAgo);
    const shipped = opts.shipAfterHours == null ? null : new Date(created.getTime() + opts.shipAfterHours * HOUR);
    const delivered = shipped && opts.deliverAfterHours != null ? new Date(shipped.getTime() + opts.deliverAfterHours * HOUR) : null;
    const status = delivered ? 'delivered' : shipped ? 'shipped' : 'paid';
    const tracking = shipped ? `9400${String(this.rng.int(1e9)).padStart(9, '0')}${String(this.rng.int(1e9)).padStart(9, '0')}` : null;
    const amount = opts.amountCents ?? 2000 + this.rng.int(30000);
    this.rows.orders.push([id, opts.buyer, opts.seller, `SH-${opts.seller}`, this.rng.pick(TITLES[category]), category, amount, opts.currency ?? 'USD', status, created, shipped, delivered, tracking, shipped ? 'USPS' : null]);
    this.rows.payments.push([`PM${id.slice(3)}`, id, opts.buyer, opts.paymentFingerprint ?? `pm_${opts.buyer}_0`, amount, opts.paymentStatus ?? 'succeeded', created]);
    return id;
  }

  dispute(orderId: string, openedBy: string, type: string, status: string, at: Date): void {
    this.rows.disputes.push([this.id('DP'), orderId, openedBy, type, status, at]);
  }

  event(userId: string, type: string, device: string | null, hoursAgo: number, country = 'US'): void {
    this.rows.account_events.push([this.id('EV'), userId, type, device, `203.0.113.${this.rng.int(250)}`, country, this.ago(0, hoursAgo)]);
  }

  enforcement(userId: string, action: EnforcementAction, reason: string, daysAgo: number): void {
    this.rows.enforcements.push([this.id('EN'), userId, action, reason, this.ago(daysAgo)]);
  }

  async flush(db: Queryable): Promise<void> {
    for (const name of Object.keys(this.rows) as EntityName[]) {
      const spec = TABLES[name];
      await bulkUpsert(db, spec.table, spec.columns, spec.key, this.rows[name]);
    }
  }
}
