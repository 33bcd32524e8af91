import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';

/** drizzle over one better-sqlite3 connection. Only the SQLite implementation of the ports sees it. */
export type SqliteDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
