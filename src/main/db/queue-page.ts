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
  /**
   * Without any filter, where the time order has no index of its own but one per status: one
   * branch per value, each read to the page's size from its index range, then merged by the
   * keys as the rows name them (`names`), instead of sorting the whole table.
   */
  branches?: { sql: string; values: readonly unknown[]; names: readonly [string, string] };
}

export function queuePage<Row>(
  db: ReadableDB,
  query: QueuePageQuery<Row>,
): { items: Row[]; nextCursor: string | null } {
  const op = query.oldestFirst ? '>' : '<';
  const direction = query.oldestFirst ? 'ASC' : 'DESC';
  const position = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const set = query.filters.filter(([, value]) => value !== undefined);
  const branch = (filters: readonly (readonly [string, unknown])[]) => {
    const where = filters.map(([sql]) => sql);
    const params = filters.map(([, value]) => value);
    if (position) {
      const after = afterCursor(query.keys, op, position);
      where.push(after.sql);
      params.push(...after.params);
    }
    const order = query.keys.map((key) => `${key} ${direction}`).join(', ');
    const sql = `${query.select} WHERE ${where.join(' AND ') || '1'} ORDER BY ${order} LIMIT ?`;
    return { sql, params: [...params, query.limit + 1] };
  };
  const split = set.length === 0 ? query.branches : undefined;
  const parts = split ? split.values.map((value) => branch([[split.sql, value]])) : [branch(set)];
  const merged = split
    ? `SELECT * FROM (${parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ')})
       ORDER BY ${split.names.map((name) => `${name} ${direction}`).join(', ')} LIMIT ?`
    : (parts[0] as { sql: string }).sql;
  const params = parts.flatMap((part) => part.params).concat(split ? [query.limit + 1] : []);
  const found = sqliteOf(db)
    .$client.prepare(merged)
    .all(...params) as Row[];
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
