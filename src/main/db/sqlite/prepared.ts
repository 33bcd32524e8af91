import type Database from 'better-sqlite3';
import type { ReadableDB } from '../handles';
import { sqliteOf, type SqliteDatabase } from './database';

/**
 * Builds a connection's statements on first use and keeps them with it: hot paths (imports,
 * the form's rules) then skip building and preparing SQL on every call. Keyed by the
 * connection, so the reader and the writer each have theirs.
 */
export function preparedPerConnection<T>(build: (db: SqliteDatabase) => T): (db: ReadableDB) => T {
  const built = new WeakMap<Database.Database, T>();
  return (handle) => {
    const db = sqliteOf(handle);
    let value = built.get(db.$client);
    if (value === undefined) {
      value = build(db);
      built.set(db.$client, value);
    }
    return value;
  };
}
