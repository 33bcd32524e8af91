import type { Db } from '../db/connection';

/**
 * better-sqlite3 is synchronous and single-connection, so the plain handle inside the callback
 * runs within the transaction; handing it on keeps helpers typed against Db.
 */
export function inTransaction<T>(db: Db, work: (db: Db) => T, behavior: 'deferred' | 'immediate' = 'deferred'): T {
  return db.transaction(() => work(db), { behavior });
}
