import Papa from 'papaparse';
import { checkLabels, outcomeLabels, reasonLabels, type DecisionReason } from '../../shared/kyc/fields';
import type { ReadableDB } from '../db/handles';
import { verifyDecisionLog, type DecisionLogReader, type StoredDecision } from './decision-log';

/** The decision log (or one customer's part of it) as CSV, oldest first, with the chain verified. */
export async function exportDecisionLog(log: DecisionLogReader, db: ReadableDB, customerId: number | undefined) {
  const rows: StoredDecision[] = [];
  await log.forEach(db, customerId, (row) => {
    rows.push(row);
    return undefined;
  });
  const csv = Papa.unparse(
    rows.map((row) => ({
      id: row.id,
      at: row.at,
      reviewer: row.reviewer,
      customer_id: row.customerId,
      check: checkLabels[row.check],
      outcome: outcomeLabels[row.outcome],
      reason: row.reason ? reasonLabels[row.reason as DecisionReason] : '',
      note: row.note ?? '',
      file_sha256: (JSON.parse(row.fileSha256) as string[]).join(' '),
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
    verification: await verifyDecisionLog(log, db),
  };
}
