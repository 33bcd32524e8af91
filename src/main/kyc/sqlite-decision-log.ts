import { sqliteOf } from '../db/sqlite/database';
import type { DecisionLogReader, StoredDecision, UnboundCheck } from './decision-log';

/** Text columns as blobs: the MAC covers the bytes as stored, which a decoded string may not be. */
const columns = `id, CAST(at AS BLOB) AS at, CAST(reviewer AS BLOB) AS reviewer, customer_id AS customerId,
  CAST("check" AS BLOB) AS "check", CAST(outcome AS BLOB) AS outcome, CAST(reason AS BLOB) AS reason,
  CAST(note AS BLOB) AS note, CAST(file_sha256 AS BLOB) AS fileSha256, CAST(prev_hash AS BLOB) AS prevHash,
  CAST(hash AS BLOB) AS hash`;

/** A decided check binds to its latest log entry: the same outcome, by the same reviewer, at the same time. */
const unbound = `SELECT c.customer_id AS customerId, c."check" AS "check", c.state AS state
  FROM kyc_checks c
  LEFT JOIN kyc_decisions d ON d.id = (
    SELECT id FROM kyc_decisions WHERE customer_id = c.customer_id AND "check" = c."check" ORDER BY id DESC LIMIT 1)
  WHERE c.state IN ('approved', 'rejected', 'resubmission_requested')
    AND (d.id IS NULL OR d.outcome IS NOT c.state OR d.reviewer IS NOT c.decided_by OR d.at IS NOT c.decided_at)
  ORDER BY c.customer_id, c."check"`;

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
  async entriesAfter(db, afterId, limit) {
    return sqliteOf(db)
      .$client.prepare(`SELECT ${columns} FROM kyc_decisions WHERE id > ? ORDER BY id LIMIT ?`)
      .all(afterId, limit) as StoredDecision[];
  },
  async resign(tx, rows) {
    const client = sqliteOf(tx).$client;
    const guard = client
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'kyc_decisions_no_update'")
      .pluck()
      .get() as string | undefined;
    // Inside the caller's transaction: the guard is back before anyone else sees the table.
    if (guard) client.exec('DROP TRIGGER kyc_decisions_no_update');
    const update = client.prepare('UPDATE kyc_decisions SET prev_hash = ?, hash = ? WHERE id = ?');
    for (const row of rows) update.run(row.prevHash, row.hash, row.id);
    if (guard) client.exec(guard);
  },
  async unboundChecks(db, each) {
    for (const row of sqliteOf(db).$client.prepare(unbound).iterate() as IterableIterator<UnboundCheck>) each(row);
  },
};
