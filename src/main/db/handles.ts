import type { SqliteDatabase } from './sqlite/database';

declare const canRead: unique symbol;
declare const canWrite: unique symbol;

/**
 * A handle that reads committed data and cannot change it (Signal Desktop's ReadableDB): the
 * query builders for reading only. On SQLite it is a separate read-only connection, so a read
 * never sees another operation's transaction half done.
 */
export type ReadableDB = Pick<SqliteDatabase, 'select' | 'selectDistinct' | '$count' | '$with' | 'with' | 'query'> & {
  readonly [canRead]: true;
};

/**
 * A handle inside a write transaction: everything a ReadableDB does, plus insert, update and delete.
 * It is a ReadableDB too, so read helpers (taking ReadableDB) run inside a transaction on `tx` and
 * see its writes; a ReadableDB is never a WritableDB.
 */
export type WritableDB = Pick<
  SqliteDatabase,
  'select' | 'selectDistinct' | '$count' | '$with' | 'with' | 'query' | 'insert' | 'update' | 'delete'
> & {
  readonly [canRead]: true;
  readonly [canWrite]: true;
};
