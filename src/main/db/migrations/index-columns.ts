import type Database from 'better-sqlite3';

/** An index's columns in order; an expression column shows as `null`. */
export function indexColumns(client: Database.Database, index: string): unknown[] {
  return client.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
}
