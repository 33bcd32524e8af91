import Papa from 'papaparse';
import { checkLabels, outcomeLabels, reasonLabels, type DecisionReason } from '../../shared/kyc/fields';
import type { Db } from '../db/connection';
import { verifyDecisionLog } from './decision-log';

/** The decision log (or one customer's part of it) as CSV, oldest first, with the chain verified. */
export function exportDecisionLog(db: Db, customerId: number | undefined) {
  const rows = db.$client
    .prepare(
      `SELECT id, at, reviewer, customer_id AS customerId, "check", outcome, reason, note, file_sha256 AS files,
              prev_hash AS prevHash, hash
       FROM kyc_decisions ${customerId === undefined ? '' : 'WHERE customer_id = ?'} ORDER BY id`,
    )
    .all(...(customerId === undefined ? [] : [customerId])) as {
    id: number;
    at: string;
    reviewer: string;
    customerId: number;
    check: keyof typeof checkLabels;
    outcome: keyof typeof outcomeLabels;
    reason: DecisionReason | null;
    note: string | null;
    files: string;
    prevHash: string;
    hash: string;
  }[];
  const csv = Papa.unparse(
    rows.map((row) => ({
      id: row.id,
      at: row.at,
      reviewer: row.reviewer,
      customer_id: row.customerId,
      check: checkLabels[row.check],
      outcome: outcomeLabels[row.outcome],
      reason: row.reason ? reasonLabels[row.reason] : '',
      note: row.note ?? '',
      file_sha256: (JSON.parse(row.files) as string[]).join(' '),
      prev_hash: row.prevHash,
      hash: row.hash,
    })),
    {
      columns: [
        'id',
        'at',
        'reviewer',
        'customer_id',
        'check',
        'outcome',
        'reason',
        'note',
        'file_sha256',
        'prev_hash',
        'hash',
      ],
      escapeFormulae: true,
    },
  );
  const day = new Date().toISOString().slice(0, 10);
  return {
    fileName: `kyc-decisions${customerId === undefined ? '' : `-customer-${customerId}`}-${day}.csv`,
    csv,
    rows: rows.length,
    verification: verifyDecisionLog(db),
  };
}
