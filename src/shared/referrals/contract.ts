import { z } from 'zod';
import { operation } from '../contract';
import { money } from '../money/money';
import { recordId } from '../record-id';
import { text } from '../text';

export const referral = z.object({
  customerId: z.number().int(),
  name: z.string(),
  email: z.string(),
  joinedAt: z.string(),
  completedExchanges: z.number().int(),
  /** Referral signup bonus and exchange affiliate bonuses the referrer earned from this customer (not cancelled). */
  earned: money,
});
export type Referral = z.output<typeof referral>;

export const referralsContract = {
  'referrals.list': operation(
    "One page of the customers a customer referred, newest first, with the customer's referral id and referrer",
    z.object({
      customerId: recordId('Customer'),
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({
      referralCode: z.string(),
      referredBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      items: z.array(referral),
      nextCursor: z.string().nullable(),
    }),
  ),
};
