import type { z } from 'zod';
import type { CustomerCount, customerFilters, customerListInput } from '../../shared/customers/contract';
import type { CustomerSummary } from '../../shared/customers/schema';
import type { ReadableDB } from '../db/handles';

export type CustomerFilters = z.output<typeof customerFilters>;
export type CustomerListInput = z.output<typeof customerListInput>;

/**
 * Pages and counts of the customer list, filtered, searched and sorted (a port: sqlite-list.ts
 * answers with FTS5, planner hints and prepared statements, within the list's time budget).
 */
export interface CustomerListing {
  page(db: ReadableDB, input: CustomerListInput): Promise<{ items: CustomerSummary[]; nextCursor: string | null }>;
  /**
   * How many customers match, counted up to `cap` (`capped` when there are more), so a broad
   * filter in the list never counts a million rows; or, for several filters that each match many
   * customers, `estimated` from a sample (then `total` may be over `cap`). No filter at all is
   * counted exactly.
   */
  countUpTo(db: ReadableDB, filters: CustomerFilters, cap: number): Promise<CustomerCount>;
  /** How many customers match, exactly (exports report progress against it). */
  count(db: ReadableDB, filters: CustomerFilters): Promise<number>;
}
