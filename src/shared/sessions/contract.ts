import { z } from 'zod';
import { operation } from '../contract';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { text } from '../text';

export const customerSession = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  /** Device and browser as the platform recorded them ("Chrome 131 on Windows 11"). */
  device: z.string(),
  ipAddress: z.string(),
  /** Where the IP address places it ("Berlin, Germany"); null when unknown. */
  place: z.string().nullable(),
  signedInAt: z.string(),
  lastSeenAt: z.string(),
  endedAt: z.string().nullable(),
  /** The member of staff who ended it, or "customer" when they signed out themselves. */
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type CustomerSession = z.output<typeof customerSession>;

const customerId = recordId('Customer');

export const sessionsContract = {
  'sessions.list': operation(
    "One page of a customer's sessions: active ones first by last seen, then ended ones newest first",
    z.object({
      customerId,
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({
      items: z.array(customerSession),
      nextCursor: z.string().nullable(),
      active: z.number().int(),
    }),
  ),
  'sessions.end': operation(
    'End one active session, with a reason; refused (CONFLICT) when it has already ended',
    z.object({ id: recordId('Session'), reason }),
    customerSession,
  ),
  'sessions.endAll': operation(
    'End every active session of a customer, with a reason; ending none is not an error',
    z.object({ customerId, reason }),
    z.object({ ended: z.number().int() }),
  ),
};
