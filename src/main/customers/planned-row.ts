import { getTableColumns } from 'drizzle-orm';
import type { CustomerStatus, VerificationCheck } from '../../shared/customers/fields';
import type { CustomerData } from '../../shared/customers/schema';
import { createdChangesJson } from '../audit/log';
import { customers } from '../db/schema';
import { newCustomerChecks } from '../kyc/verified-flags';
import { derivedColumnsOf } from './records';

/** A customer to create: validated data and, from the seed or a file, a past. */
export interface NewCustomer {
  data: CustomerData;
  /**
   * Sample customers have a status and were created (and last changed) some time ago; a file's
   * have the status it gives. A missing time is the write's.
   */
  past?: { status: CustomerStatus; statusReason: string | null; createdAt?: string; updatedAt?: string };
  /** Checks that come in for review (`unprovenChecks`: a file marked them verified). */
  review?: readonly VerificationCheck[];
}

const columns = getTableColumns(customers);
/** Set by the database (the id, the first version); a missing time is the write's. */
const notPlanned = new Set(['id', 'version']);
const keys = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => !notPlanned.has(key));

/** The `customers` columns a planned row fills, in the order of `plannedRowOf`'s values. */
export const plannedCustomerColumns = keys.map((key) => columns[key].name);

/**
 * Everything a new customer becomes, as values a bulk insert binds: its `customers` columns as
 * stored (`columnsOf`, with the verified flags and progress derived from its checks), then as
 * JSON its labels, its checks ([check, state] or [check, state, note]) and its audit entry's changes. Pure, so an
 * import's validator threads build it. `checked`: its `newCustomerChecks`, when the caller has them.
 */
export function plannedRowOf(
  { data, past, review }: NewCustomer,
  checked: ReturnType<typeof newCustomerChecks<CustomerData>> = newCustomerChecks(data, review),
): unknown[] {
  const { checks, data: stored } = checked;
  // `columnsOf`, without building its object: a million rows spend seconds copying them.
  const derived = derivedColumnsOf(stored);
  const values: unknown[] = keys.map((key) => {
    const value =
      key in derived
        ? derived[key as keyof typeof derived]
        : key in stored
          ? stored[key as keyof CustomerData]
          : (past?.[key as keyof NonNullable<NewCustomer['past']>] ?? columns[key].default);
    return value === null || value === undefined ? null : columns[key].mapToDriverValue(value as never);
  });
  values.push(
    JSON.stringify(stored.labels),
    JSON.stringify(checks.map(({ check, state, note }) => (note ? [check, state, note] : [check, state]))),
    createdChangesJson(stored),
  );
  return values;
}
