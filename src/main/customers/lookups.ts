import type { ReadableDB } from '../db/handles';

/**
 * The store questions the customer rules ask on every save and every imported row (a port:
 * sqlite-lookups.ts answers them with statements prepared once per connection).
 */
export interface CustomerLookups {
  /** Another customer with this email (not `exceptId`). */
  sameEmail(
    db: ReadableDB,
    email: string,
    exceptId: number,
  ): Promise<{ id: number; firstName: string; lastName: string | null } | undefined>;
  /** Another customer with this reference id (not `exceptId`). */
  sameReference(db: ReadableDB, referenceId: string, exceptId: number): Promise<{ id: number } | undefined>;
  monitor(db: ReadableDB, id: number): Promise<{ active: boolean; name: string } | undefined>;
}
