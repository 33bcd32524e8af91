import { z } from 'zod';
import { operation } from '../contract';
import { money } from '../money/money';
import { recordId } from '../record-id';
import { multiLineText, text } from '../text';
import { reserveRequestStatuses } from './statuses';

export const reserveRequest = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerName: z.string(),
  /** What the customer intends to exchange: exact minor units of the currency to hold. */
  amount: money,
  note: z.string().nullable(),
  status: z.enum(reserveRequestStatuses),
  requestedAt: z.string(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answer: z.string().nullable(),
});
export type ReserveRequest = z.output<typeof reserveRequest>;

export const reserveRequestCountCap = 10_000;

export const reserveAnswer = multiLineText({ error: 'Write the answer' })
  .trim()
  .min(3, { error: 'Write an answer of at least 3 characters' })
  .max(2000, { error: 'Keep the answer under 2,000 characters' });

export const reserveRequestsContract = {
  'reserveRequests.list': operation(
    'One page of reserve requests: pending ones oldest first (the queue), others newest first; of one customer or all',
    z.object({
      customerId: recordId('Customer').optional(),
      status: z.enum(reserveRequestStatuses).optional(),
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({ items: z.array(reserveRequest), nextCursor: z.string().nullable() }),
  ),
  'reserveRequests.count': operation(
    `How many reserve requests have a status, counted up to ${reserveRequestCountCap}`,
    z.object({ status: z.enum(reserveRequestStatuses).default('pending') }).default({ status: 'pending' }),
    z.object({ total: z.number().int(), capped: z.boolean() }),
  ),
  'reserveRequests.answer': operation(
    'Answer a pending reserve request; refused (CONFLICT) once it is answered or cancelled',
    z.object({ id: recordId('Reserve request'), answer: reserveAnswer }),
    reserveRequest,
  ),
};
