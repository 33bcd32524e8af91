import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { ReadableDB } from '../handles';
import type * as schema from '../schema';

/** drizzle over one better-sqlite3 connection. Only the SQLite implementation of the ports sees it. */
export type SqliteDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * The SQLite connection behind a handle, for the SQLite implementations of the feature ports
 * (raw SQL, prepared statements, FTS5). Inside a transaction it is the writer, so they see its
 * writes; elsewhere the reader.
 */
export function sqliteOf(db: ReadableDB): SqliteDatabase {
  return db as unknown as SqliteDatabase;
}
