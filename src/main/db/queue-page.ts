import type { ReadableDB } from './handles';
import { afterCursor, decodeCursor, encodeCursor } from './keyset';
import { sqliteOf } from './sqlite/database';

/** One page of a work queue's list, ordered by a time column and the id (the keyset). */
export interface QueuePageQuery<Row> {
  /** `SELECT ... FROM ... JOIN ...`, without its WHERE. */
  select: string;
  /** Conditions of one parameter each; those whose value is undefined are left out (no filter). */
  filters: readonly (readonly [sql: string, value: unknown])[];
  /** The time column and the id column as the query names them (`r.created_at`, `r.id`). */
  keys: readonly [string, string];
  /** The queue itself is served oldest first, so nobody waits behind newer work; history newest first. */
  oldestFirst: boolean;
  cursor: string | undefined;
  limit: number;
  /** The row's values of `keys`, for the next page's cursor. */
  position: (row: Row) => [string, number];
}

export function queuePage<Row>(
  db: ReadableDB,
  query: QueuePageQuery<Row>,
): { items: Row[]; nextCursor: string | null } {
  const op = query.oldestFirst ? '>' : '<';
  const direction = query.oldestFirst ? 'ASC' : 'DESC';
  const set = query.filters.filter(([, value]) => value !== undefined);
  const where = set.map(([sql]) => sql);
  const params = set.map(([, value]) => value);
  if (query.cursor) {
    const after = afterCursor(query.keys, op, decodeCursor(query.cursor, 2));
    where.push(after.sql);
    params.push(...after.params);
  }
  const [time, id] = query.keys;
  const found = sqliteOf(db)
    .$client.prepare(
      `${query.select} WHERE ${where.join(' AND ') || '1'} ORDER BY ${time} ${direction}, ${id} ${direction} LIMIT ?`,
    )
    .all(...params, query.limit + 1) as Row[];
  const items = found.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: found.length > query.limit && last ? encodeCursor(query.position(last)) : null,
  };
}

/** How many rows a count query finds, counted up to `cap` (a queue's badge never counts a million). */
export function cappedCount(db: ReadableDB, table: string, where: string, params: unknown[], cap: number) {
  const { total } = sqliteOf(db)
    .$client.prepare(`SELECT count(*) AS total FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ?)`)
    .get(...params, cap + 1) as { total: number };
  return { total: Math.min(total, cap), capped: total > cap };
}
