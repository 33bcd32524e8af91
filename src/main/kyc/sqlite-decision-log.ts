import { sqliteOf } from '../db/sqlite/database';
import type { DecisionLogReader, StoredDecision } from './decision-log';

const columns =
  'id, at, reviewer, customer_id AS customerId, "check", outcome, reason, note, file_sha256 AS fileSha256, prev_hash AS prevHash, hash';

/**
 * better-sqlite3's iterate: one row in memory at a time. It runs without a pause, since the
 * connection can run nothing else while a statement iterates.
 */
export const sqliteDecisionLog: DecisionLogReader = {
  async forEach(db, customerId, each) {
    const statement = sqliteOf(db).$client.prepare(
      `SELECT ${columns} FROM kyc_decisions ${customerId === undefined ? '' : 'WHERE customer_id = ?'} ORDER BY id`,
    );
    const rows = statement.iterate(...(customerId === undefined ? [] : [customerId]));
    for (const row of rows as IterableIterator<StoredDecision>) {
      if (each(row) === false) break;
    }
  },
};
