import type { z } from 'zod';
import {
  exchangeColumns,
  ledgerColumns,
  type ExchangeColumnKey,
  type LedgerColumnKey,
} from '../../shared/activity/columns';
import type { exchangeFilters } from '../../shared/exchanges/contract';
import { exchangeStatusLabels, type ExchangeStatus } from '../../shared/exchanges/statuses';
import {
  ledgerKindLabels,
  ledgerStatusLabels,
  withdrawalMethodLabels,
  type LedgerKind,
  type LedgerStatus,
  type WithdrawalMethod,
} from '../../shared/ledger/kinds';
import { convert, majorText } from '../../shared/money/money';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { conditions } from '../exchanges/sqlite-exchanges';
import { baseCurrency } from '../ledger/settings';
import type { CellValue } from './rows';

interface ExchangeRow {
  reference: string;
  email: string;
  referenceId: string | null;
  createdAt: string;
  sentAmount: string;
  sentCurrency: string;
  receivedAmount: string;
  receivedCurrency: string;
  rate: string;
  feeAmount: string;
  profitAmount: string;
  profitCurrency: string;
  profitBaseRate: string;
  receivingAccount: string;
  status: ExchangeStatus;
}

/** Each column's cell, by the key of the activity table: the table sets the file's order. */
function exchangeCells(base: string): Record<ExchangeColumnKey, (row: ExchangeRow) => CellValue> {
  return {
    reference: (row) => row.reference,
    customerEmail: (row) => row.email,
    customerReferenceId: (row) => row.referenceId,
    createdAt: (row) => row.createdAt,
    sentAmount: (row) => majorText(row.sentAmount, row.sentCurrency),
    sentCurrency: (row) => row.sentCurrency,
    receivedAmount: (row) => majorText(row.receivedAmount, row.receivedCurrency),
    receivedCurrency: (row) => row.receivedCurrency,
    rate: (row) => row.rate,
    fee: (row) => majorText(row.feeAmount, row.sentCurrency),
    profit: (row) => majorText(row.profitAmount, row.profitCurrency),
    profitCurrency: (row) => row.profitCurrency,
    profitBaseRate: (row) => row.profitBaseRate,
    profitInBase: (row) =>
      majorText(
        convert({ amount: row.profitAmount, currency: row.profitCurrency }, row.profitBaseRate, base).amount,
        base,
      ),
    receivingAccount: (row) => row.receivingAccount,
    status: (row) => exchangeStatusLabels[row.status],
  };
}

export function* cellsOf<R, K extends string>(
  rows: Iterable<R>,
  cells: Record<K, (row: R) => CellValue>,
  keys: readonly K[],
): Generator<CellValue[]> {
  const readers = keys.map((key) => cells[key]);
  for (const row of rows) yield readers.map((read) => read(row));
}

/**
 * The exchanges the list shows for `filters` (its own WHERE builder), newest first, as rows of
 * the exchange columns; streamed, one row in memory at a time.
 */
export function exchangeExportRows(db: ReadableDB, filters: z.output<typeof exchangeFilters>): Generator<CellValue[]> {
  const { where, params } = conditions(filters);
  const statement = sqliteOf(db).$client.prepare(
    `SELECT x.reference, c.email, c.reference_id AS referenceId, x.created_at AS createdAt,
            x.sent_amount AS sentAmount, x.sent_currency AS sentCurrency, x.received_amount AS receivedAmount,
            x.received_currency AS receivedCurrency, x.rate, x.fee_amount AS feeAmount, x.profit_amount AS profitAmount,
            x.profit_currency AS profitCurrency, x.profit_base_rate AS profitBaseRate,
            x.receiving_account AS receivingAccount, x.status
       FROM exchanges x JOIN customers c ON c.id = x.customer_id
      WHERE ${where.join(' AND ') || '1'} ORDER BY x.created_at DESC, x.id DESC`,
  );
  const keys = Object.keys(exchangeColumns) as ExchangeColumnKey[];
  return cellsOf(statement.iterate(...params) as Iterable<ExchangeRow>, exchangeCells(baseCurrency(db)), keys);
}

interface LedgerRow {
  email: string;
  referenceId: string | null;
  kind: LedgerKind;
  amount: number;
  currency: string;
  status: LedgerStatus;
  createdAt: string;
  reason: string | null;
  method: WithdrawalMethod | null;
  destination: string | null;
  payoutReference: string | null;
}

const ledgerCells: Record<LedgerColumnKey, (row: LedgerRow) => CellValue> = {
  customerEmail: (row) => row.email,
  customerReferenceId: (row) => row.referenceId,
  kind: (row) => ledgerKindLabels[row.kind],
  amount: (row) => majorText(BigInt(row.amount), row.currency),
  currency: (row) => row.currency,
  status: (row) => ledgerStatusLabels[row.status],
  createdAt: (row) => row.createdAt,
  method: (row) => (row.method ? withdrawalMethodLabels[row.method] : null),
  destination: (row) => row.destination,
  // A paid withdrawal's note is its payout reference: what the import pays it out with again.
  note: (row) => row.payoutReference ?? row.reason,
};

/** A customer's ledger, oldest first (the order the balance was built in), as rows of the ledger columns. */
export function ledgerExportRows(db: ReadableDB, customerId: number): Generator<CellValue[]> {
  const statement = sqliteOf(db).$client.prepare(
    `SELECT c.email, c.reference_id AS referenceId, e.kind, e.amount, e.currency, e.status, e.created_at AS createdAt,
            e.reason, w.method, w.destination, w.payout_reference AS payoutReference
       FROM ledger_entries e JOIN customers c ON c.id = e.customer_id
       LEFT JOIN withdrawals w ON e.source = 'withdrawal' AND w.id = e.source_id
      WHERE e.customer_id = ? ORDER BY e.id`,
  );
  const keys = Object.keys(ledgerColumns) as LedgerColumnKey[];
  return cellsOf(statement.iterate(customerId) as Iterable<LedgerRow>, ledgerCells, keys);
}
