import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { operation } from '../contract';
import { exportedFile } from '../exports/contract';
import { currencyCode, money, positiveMoney } from '../money/money';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { text } from '../text';
import { ledgerKinds, ledgerSources, ledgerStatuses, withdrawalMethods, withdrawalStatuses } from './kinds';

const customerId = recordId('Customer');
const cursor = text().max(500).optional();
const limit = z.coerce.number().int().min(1).max(500).default(50);

export const ledgerEntry = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  kind: z.enum(ledgerKinds),
  /** Signed: credits above zero, withdrawals and reversals of credits below. */
  amount: money,
  status: z.enum(ledgerStatuses),
  source: z.enum(ledgerSources),
  sourceId: z.number().int().nullable(),
  /** What the source is, as a person reads it: the exchange's reference, the referred customer, the staff member. */
  sourceLabel: z.string().nullable(),
  reversesId: z.number().int().nullable(),
  reversedById: z.number().int().nullable(),
  reason: z.string().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});
export type LedgerEntry = z.output<typeof ledgerEntry>;

export const balance = z.object({
  /** Confirmed and paid entries: what the customer can withdraw. Never below zero. */
  available: money,
  /** Credits still pending: not spendable yet. */
  pending: money,
});
export type Balance = z.output<typeof balance>;

export const ledgerProblem = z.object({
  customerId: z.number().int(),
  entryId: z.number().int().nullable(),
  problem: z.string(),
});

export const withdrawal = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerName: z.string(),
  amount: money,
  method: z.enum(withdrawalMethods),
  destination: z.string(),
  status: z.enum(withdrawalStatuses),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  payoutReference: z.string().nullable(),
  declineReason: z.string().nullable(),
  /** The customer's available balance now: a pending withdrawal above it cannot be completed. */
  available: money,
});
export type Withdrawal = z.output<typeof withdrawal>;

export const withdrawalCountCap = 10_000;

export const ledgerContract = {
  'settings.get': operation(
    "The desk's settings: the base currency balances are kept in",
    z.object({}).default({}),
    z.object({ baseCurrency: z.string(), baseCurrencyFixed: z.boolean() }),
  ),
  'settings.setBaseCurrency': operation(
    'Choose the base currency; refused once the ledger holds an entry (its amounts are in the old one)',
    z.object({ currency: currencyCode }),
    z.object({ baseCurrency: z.string(), baseCurrencyFixed: z.boolean() }),
  ),
  'ledger.list': operation(
    "One page of a customer's balance entries, newest first, with the balance",
    z.object({ customerId, cursor, limit }),
    z.object({ items: z.array(ledgerEntry), nextCursor: z.string().nullable(), balance }),
  ),
  'ledger.verify': operation(
    "Checks the ledger's rules for one customer or all: no balance below zero, reversals match what they reverse, every completed withdrawal paid once",
    z.object({ customerId: customerId.optional() }).default({}),
    z.object({ customers: z.number().int(), entries: z.number().int(), problems: z.array(ledgerProblem) }),
  ),
  'ledger.setStatus': operation(
    'Move a bonus record pending -> confirmed -> paid, or cancel it, with a reason',
    z.object({ id: recordId('Ledger entry'), status: z.enum(ledgerStatuses), reason }),
    ledgerEntry,
  ),
  'ledger.statement': operation(
    "Writes a customer's balance statement (PDF) for a period into the downloads folder",
    z
      .object({ customerId, from: calendarDay.nullable().default(null), to: calendarDay.nullable().default(null) })
      .refine((value) => !value.from || !value.to || value.from <= value.to, {
        error: 'The period ends before it starts',
        path: ['to'],
      }),
    exportedFile,
  ),
  'rewards.give': operation(
    "Credit a customer's balance with a reward from staff, in the base currency, with a reason",
    z.object({ customerId, amount: positiveMoney, reason }),
    z.object({ entry: ledgerEntry, before: balance, after: balance }),
  ),
  'withdrawals.list': operation(
    'One page of withdrawals: pending ones oldest first (the queue), others newest first',
    z.object({ customerId: customerId.optional(), status: z.enum(withdrawalStatuses).optional(), cursor, limit }),
    z.object({ items: z.array(withdrawal), nextCursor: z.string().nullable() }),
  ),
  'withdrawals.count': operation(
    `How many withdrawals have a status, counted up to ${withdrawalCountCap}`,
    z.object({ status: z.enum(withdrawalStatuses).default('pending') }).default({ status: 'pending' }),
    z.object({ total: z.number().int(), capped: z.boolean() }),
  ),
  'withdrawals.complete': operation(
    'Pay a pending withdrawal out: debits the balance, refused when the available balance is short',
    z.object({
      id: recordId('Withdrawal'),
      payoutReference: text({ error: 'Enter the payout reference' })
        .trim()
        .min(1, { error: 'Enter the payout reference' })
        .max(100, { error: 'Keep the payout reference under 100 characters' }),
    }),
    withdrawal,
  ),
  'withdrawals.decline': operation(
    'Decline a pending withdrawal, with a reason; the balance is not touched',
    z.object({ id: recordId('Withdrawal'), reason }),
    withdrawal,
  ),
};
