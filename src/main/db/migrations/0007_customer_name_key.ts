import type Database from 'better-sqlite3';
import { nameKeyOf } from '../../customers/name-key';

/**
 * The data step of migrations 0007 and 0010: the stored name key of every existing customer, as
 * nameKeyOf writes it today (SQLite cannot fold accents). 0007 added the column; 0010 changed the
 * key's order, so it writes every key again.
 */
export function fillNameKeys(client: Database.Database, batchSize = 5000): void {
  // Read in batches by id: an open iterator would keep the connection from writing.
  const read = client.prepare('SELECT id, first_name, last_name FROM customers WHERE id > ? ORDER BY id LIMIT ?');
  const write = client.prepare('UPDATE customers SET name_key = ? WHERE id = ?');
  let after = 0;
  for (;;) {
    const rows = read.all(after, batchSize) as { id: number; first_name: string; last_name: string | null }[];
    for (const row of rows) write.run(nameKeyOf(row.first_name, row.last_name), row.id);
    const last = rows.at(-1);
    if (!last) return;
    after = last.id;
  }
}
