import type Database from 'better-sqlite3';
import { fillNameKeys } from './0007_customer_name_key';

/**
 * Work a migration needs that SQL on a plain connection cannot do, by migration tag. The runner
 * calls a step right after its migration's SQL, in the same transaction. A step is idempotent
 * and works on the schema of its own migration, not today's.
 */
export const dataSteps: Partial<Record<string, (client: Database.Database) => void>> = {
  '0007_customer_name_key': fillNameKeys,
  // The key's order changed (first name first): every stored key is written again, while the
  // indexes on it are dropped (0011 builds them again).
  '0010_customer_name_key_first_name': fillNameKeys,
};
