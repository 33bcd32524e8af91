import { z } from 'zod';
import { text } from '../text';
import { operation } from '../contract';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { customerStatuses } from './fields';
import { customerInput, customerRecord, customerSummary } from './schema';

const id = recordId('Customer');

export const customerSortKeys = ['name', 'email', 'country', 'status', 'createdAt', 'verificationProgress'] as const;
export type CustomerSortKey = (typeof customerSortKeys)[number];
export const verificationFilters = ['complete', 'incomplete', 'none'] as const;

/** Search and filters shared by list, count and (later) export. */
export const customerFilters = z.object({
  search: text().trim().max(200).optional(),
  status: z.array(z.enum(customerStatuses)).optional(),
  verification: z.enum(verificationFilters).optional(),
  country: text().trim().toUpperCase().length(2).optional(),
  label: text().trim().min(1).optional(),
});
export type CustomerFilters = z.input<typeof customerFilters>;

/** Counts with filters stop here so a broad filter never counts a million rows; `capped` says so. */
export const countCap = 10_000;

/** `estimated`: from a sample, to two significant digits (and then it may be over the cap). */
export const customerCount = z.object({ total: z.number().int(), capped: z.boolean(), estimated: z.boolean() });
export type CustomerCount = z.output<typeof customerCount>;

export const customerListInput = customerFilters.extend({
  sort: z.enum(customerSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  /** Opaque keyset cursor from the previous page's nextCursor. */
  cursor: text().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type CustomerListInput = z.input<typeof customerListInput>;

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type AuditEntry = z.output<typeof auditEntry>;

export const customersContract = {
  'customers.list': operation(
    'One page of customers matching a search and filters, sorted, with a keyset cursor',
    customerListInput,
    z.object({ items: z.array(customerSummary), nextCursor: z.string().nullable() }),
  ),
  'customers.count': operation(
    `How many customers match a search and filters, counted up to ${countCap} (capped: there are more), or estimated from a sample where several filters each match many customers`,
    customerFilters,
    customerCount,
  ),
  'customers.labels': operation(
    'Every label in use, with how many customers carry it',
    z.object({}).default({}),
    z.array(z.object({ label: z.string(), count: z.number().int() })),
  ),
  'customers.get': operation('One customer, whole', z.object({ id }), customerRecord),
  'customers.create': operation('Create a customer', customerInput, customerRecord),
  'customers.update': operation(
    "Replace a customer's editable fields; version must match the one read (else CONFLICT)",
    z.object({ id, version: z.number().int(), customer: customerInput }),
    customerRecord,
  ),
  'customers.setStatus': operation(
    'Move a customer along the status lifecycle, with a reason',
    z.object({ id, status: z.enum(customerStatuses), reason }),
    customerRecord,
  ),
  'customers.block': operation('Lock a customer out, with a reason', z.object({ id, reason }), customerRecord),
  'customers.unblock': operation(
    'Lift a block, with a reason: active if verified, else approval pending',
    z.object({ id, reason }),
    customerRecord,
  ),
  'customers.history': operation(
    'Audit entries of a customer, newest first',
    z.object({ id, limit: z.number().int().min(1).max(500).default(100) }),
    z.array(auditEntry),
  ),
};
