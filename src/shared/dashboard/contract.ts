import { z } from 'zod';
import { operation } from '../contract';
import { balance } from '../ledger/contract';
import { money } from '../money/money';
import { recordId } from '../record-id';

/** What the referral dashboard shows: only for a customer with an exchange monitor (ACTIVITY.md). */
export const referralDashboard = z.object({
  monitor: z.object({ id: z.number().int(), name: z.string(), url: z.string().nullable(), active: z.boolean() }),
  /** Hundredths of a percent. */
  profitShare: z.number().int(),
  /** Completed exchanges of the customers they referred. */
  referredExchanges: z.number().int(),
  withdrawals: z.number().int(),
  totalWithdrawn: money,
  bonusFromExchanges: money,
});

export const customerDashboard = z.object({
  balance,
  exchanges: z.object({
    total: z.number().int(),
    completed: z.number().int(),
    /** Awaiting payment, processing or on hold. */
    pending: z.number().int(),
    onHold: z.number().int(),
  }),
  /** Every review of the customer, whatever its moderation. */
  reviews: z.number().int(),
  referrals: z.number().int(),
  referralEarning: money,
  pendingReserveRequests: z.number().int(),
  pendingWithdrawals: z.object({ count: z.number().int(), amount: money }),
  /** Whole percent, as the profile stores it. */
  discount: z.number().int(),
  /** Hundredths of a percent, as the profile stores it. */
  affiliateProfitShare: z.number().int(),
  verificationProgress: z.number().int(),
  referralDashboard: referralDashboard.nullable(),
});
export type CustomerDashboard = z.output<typeof customerDashboard>;

export const dashboardContract = {
  'customers.dashboard': operation(
    "A customer's figures at a glance: balance, exchanges, referrals, withdrawals, profile shares",
    z.object({ id: recordId('Customer') }),
    customerDashboard,
  ),
};
