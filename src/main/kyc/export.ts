import Papa from 'papaparse';
import { checkLabels, outcomeLabels, reasonLabels, type DecisionReason } from '../../shared/kyc/fields';
import type { VerificationCheck } from '../../shared/customers/fields';
import type { DecisionOutcome } from '../../shared/kyc/fields';
import type { ReadableDB } from '../db/handles';
import { textOf } from './decision-entry';
import type { DecisionChain, DecisionLogReader, StoredDecision } from './decision-log';
import { verifyDecisionLog } from './verify-log';

const columns = [
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
] as const;

/** The line that ends every export: the chain head, so a later truncation of the log shows against the file. */
export const headLinePrefix = '# decision-log head';

/**
 * The decision log (or one customer's part of it) as CSV, oldest first, with the chain verified
 * and its head (the whole log's: last id, MAC, entries) on a closing comment line.
 */
export async function exportDecisionLog(
  log: DecisionLogReader,
  db: ReadableDB,
  chain: DecisionChain,
  customerId: number | undefined,
) {
  const rows: StoredDecision[] = [];
  await log.forEach(db, customerId, (row) => {
    rows.push(row);
    return undefined;
  });
  const text = (cell: StoredDecision[keyof StoredDecision]) => textOf(cell) ?? '';
  const body = Papa.unparse(
    rows.map((row) => {
      let files: string;
      try {
        files = (JSON.parse(text(row.fileSha256)) as string[]).join(' ');
      } catch {
        files = text(row.fileSha256);
      }
      const reason = text(row.reason);
      return {
        id: row.id,
        at: text(row.at),
        reviewer: text(row.reviewer),
        customer_id: row.customerId,
        check: checkLabels[text(row.check) as VerificationCheck] ?? text(row.check),
        outcome: outcomeLabels[text(row.outcome) as DecisionOutcome] ?? text(row.outcome),
        reason: reason ? (reasonLabels[reason as DecisionReason] ?? reason) : '',
        note: text(row.note),
        file_sha256: files,
        prev_hash: text(row.prevHash),
        hash: text(row.hash),
      };
    }),
    { columns: [...columns], escapeFormulae: true },
  );
  const verification = await verifyDecisionLog(log, db, chain);
  const { head } = verification;
  const day = new Date().toISOString().slice(0, 10);
  return {
    fileName: `kyc-decisions${customerId === undefined ? '' : `-customer-${customerId}`}-${day}.csv`,
    csv: `${body}\r\n${headLinePrefix}: last id ${head.lastId}, ${head.count} entries, mac ${head.mac}\r\n`,
    rows: rows.length,
    head,
    verification,
  };
}
