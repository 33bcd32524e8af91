import { getTableColumns } from 'drizzle-orm';
import type { CustomerData } from '../../shared/customers/schema';
import { derivedColumnsOf } from '../customers/records';
import { customers } from '../db/schema';
import { firstReviewsOf } from '../kyc/form-flags';

const columns = getTableColumns(customers);
/** Set by the database or at the write, not by the row. */
const notStaged = new Set(['id', 'version', 'status', 'statusReason', 'createdAt', 'updatedAt']);
const keys = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => !notStaged.has(key));

/** The `customers` columns a new customer's row fills, in the order of `stagedRowOf`'s values. */
export const stagedCustomerColumns = keys.map((key) => columns[key].name);

/**
 * A new customer as an import stages it (insert.ts): its `customers` columns as SQLite stores
 * them (as `columnsOf`), then its labels and its first KYC reviews as JSON (null when a verified
 * flag is on: see `firstReviewsOf`). Pure, so the validator threads build it.
 */
export function stagedRowOf(data: CustomerData): unknown[] {
  // `columnsOf`, without building its object: a million rows spend seconds copying them.
  const derived = derivedColumnsOf(data);
  const values: unknown[] = keys.map((key) => {
    const value = key in derived ? derived[key as keyof typeof derived] : data[key as keyof CustomerData];
    return value === null || value === undefined ? null : columns[key].mapToDriverValue(value as never);
  });
  const firstReviews = firstReviewsOf(data);
  values.push(JSON.stringify(data.labels), firstReviews && JSON.stringify(firstReviews));
  return values;
}
