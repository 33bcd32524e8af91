import { z } from 'zod';
import { calendarDay } from '../calendar-day';
import { operation } from '../contract';
import { decimal, money, currencyCode } from '../money/money';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { text } from '../text';
import { ledgerStatuses } from '../ledger/kinds';
import { exchangeStatuses } from './statuses';

const id = recordId('Exchange');
const status = z.enum(exchangeStatuses, { error: 'Choose an exchange status' });

export const exchangeFilters = z.object({
  customerId: recordId('Customer').optional(),
  /** A reference number or its beginning, as customers quote it ("ex-7k3" finds EX-7K3M9Q). */
  search: text().trim().toUpperCase().max(40).optional(),
  status: z.array(status).max(exchangeStatuses.length).optional(),
  /** Sent or received in this currency. */
  currency: currencyCode.optional(),
  /** Created on or after this day (UTC). */
  from: calendarDay.optional(),
  /** Created on or before this day (UTC). */
  to: calendarDay.optional(),
});
export type ExchangeFilters = z.input<typeof exchangeFilters>;

export const exchangeSummary = z.object({
  id: z.number().int(),
  reference: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  createdAt: z.string(),
  sent: money,
  received: money,
  status,
});
export type ExchangeSummary = z.output<typeof exchangeSummary>;

export const exchangeHistoryEntry = z.object({
  at: z.string(),
  actor: z.string(),
  from: status.nullable(),
  to: status,
  reason: z.string().nullable(),
});

export const exchangeRecord = exchangeSummary.extend({
  customerEmail: z.string(),
  /** Units received per unit sent. */
  rate: decimal,
  fee: money,
  /** The platform's profit on the exchange, and what one unit of its currency was worth in the base currency. */
  profit: money,
  profitBaseRate: decimal,
  receivingAccount: z.string(),
  statusChangedAt: z.string(),
  history: z.array(exchangeHistoryEntry),
  /** The referrer's exchange affiliate bonus this exchange earned (ledger entry), if any. */
  affiliateBonus: z
    .object({ entryId: z.number().int(), referrerId: z.number().int(), amount: money, status: z.enum(ledgerStatuses) })
    .nullable(),
});
export type ExchangeRecord = z.output<typeof exchangeRecord>;

export const exchangeCountCap = 10_000;
const count = z.object({ total: z.number().int(), capped: z.boolean() });

export const exchangesContract = {
  'exchanges.list': operation(
    'One page of exchanges, newest first (by reference when searching one), of one customer or all',
    exchangeFilters.extend({
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({ items: z.array(exchangeSummary), nextCursor: z.string().nullable() }),
  ),
  'exchanges.count': operation(`How many exchanges match, counted up to ${exchangeCountCap}`, exchangeFilters, count),
  'exchanges.get': operation('One exchange with its status history', z.object({ id }), exchangeRecord),
  'exchanges.setStatus': operation(
    'Move an exchange to another status, with a reason; completing or refunding writes its ledger effects in the same transaction',
    z.object({
      id,
      /** The status the person saw: if it changed meanwhile, nothing is done (CONFLICT). */
      from: status,
      to: status,
      reason,
    }),
    exchangeRecord,
  ),
};
