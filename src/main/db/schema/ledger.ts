import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ledgerKinds,
  ledgerSources,
  ledgerStatuses,
  withdrawalMethods,
  withdrawalStatuses,
} from '../../../shared/ledger/kinds';
import { customers } from './customers';

/** Desk-wide settings, one row per key (the base currency). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * The balance ledger: append-only (triggers refuse a delete and any change but a bonus record's
 * status moving forward); a wrong entry is undone by a reversal. A customer's balance is the sum
 * of their confirmed and paid amounts, and a trigger refuses any write that takes it below zero.
 */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ledgerKinds }).notNull(),
    /** Signed integer minor units of `currency` (the base currency when written). */
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ledgerStatuses }).notNull(),
    source: text('source', { enum: ledgerSources }).notNull(),
    sourceId: integer('source_id'),
    reversesId: integer('reverses_id'),
    reason: text('reason'),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
    statusChangedAt: text('status_changed_at').notNull(),
  },
  (t) => [
    // The balance is a sum over this index alone.
    index('ledger_entries_balance').on(t.customerId, t.status, t.amount),
    index('ledger_entries_customer').on(t.customerId, t.id),
    index('ledger_entries_source').on(t.source, t.sourceId),
    uniqueIndex('ledger_entries_reverses')
      .on(t.reversesId)
      .where(sql`reverses_id IS NOT NULL`),
    check('ledger_entries_amount_nonzero', sql`${t.amount} <> 0`),
  ],
);

export const withdrawals = sqliteTable(
  'withdrawals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    /** Integer minor units of the base currency, above zero. */
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    method: text('method', { enum: withdrawalMethods }).notNull(),
    destination: text('destination').notNull(),
    status: text('status', { enum: withdrawalStatuses }).notNull(),
    requestedAt: text('requested_at').notNull(),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    payoutReference: text('payout_reference'),
    declineReason: text('decline_reason'),
    /** The debit a completed withdrawal wrote. */
    ledgerEntryId: integer('ledger_entry_id').references(() => ledgerEntries.id),
  },
  (t) => [
    index('withdrawals_status').on(t.status, t.requestedAt, t.id),
    index('withdrawals_customer').on(t.customerId, t.requestedAt, t.id),
    check('withdrawals_amount_positive', sql`${t.amount} > 0`),
  ],
);

/** Who referred whom: a customer signs up through at most one referral id. */
export const referrals = sqliteTable(
  'referrals',
  {
    referredId: integer('referred_id')
      .primaryKey()
      .references(() => customers.id),
    referrerId: integer('referrer_id')
      .notNull()
      .references(() => customers.id),
    joinedAt: text('joined_at').notNull(),
  },
  (t) => [
    index('referrals_referrer').on(t.referrerId, t.joinedAt, t.referredId),
    check('referrals_not_self', sql`${t.referredId} <> ${t.referrerId}`),
  ],
);
