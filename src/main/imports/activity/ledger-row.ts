import { ledgerColumns, type LedgerColumnKey } from '../../../shared/activity/columns';
import {
  ledgerKindLabels,
  type LedgerKind,
  type LedgerStatus,
  type WithdrawalMethod,
} from '../../../shared/ledger/kinds';
import type { ReadRow } from './exchange-row';
import { RowCells, type ReadContext } from './row-cells';

export interface LedgerRowValue {
  kind: LedgerKind;
  /** Signed minor units of the base currency: credits above zero, a withdrawal below. */
  amount: bigint;
  status: LedgerStatus;
  createdAt: string;
  note: string | null;
  /** A withdrawal's payout: how and where (a paid withdrawal request is written with its debit). */
  payout: { method: WithdrawalMethod; destination: string } | null;
}

/** The ledger's amounts are SQLite integers: beyond this they would lose digits. */
const largest = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * One row of a ledger file read into the entry it reports, or every problem it has. Amounts are
 * in the base currency (a currency column, when the file has one, must say so); a withdrawal is
 * a debit whether the file writes it "-25.00" or "25.00", every other kind a credit. A withdrawal is a
 * paid one, with its payout method: the desk keeps it as a completed withdrawal and its debit.
 */
export function readLedgerRow(cells: Record<string, string>, context: ReadContext): ReadRow<LedgerRowValue> {
  const row = new RowCells<LedgerColumnKey>(ledgerColumns, cells, context);
  const base = context.baseCurrency;
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const kind = row.choice('kind') as LedgerKind | null;
  const currency = row.text('currency') ? row.currency('currency') : base;
  if (currency !== null && currency !== base) {
    row.fail('currency', `The ledger is kept in ${base}: convert the amount to ${base} first`);
  }
  const given = row.amount('amount', currency === base ? base : null);
  const status = row.choice('status') as LedgerStatus | null;
  const createdAt = row.dateTime('createdAt');
  const note = row.plain('note', 500);
  let payout: LedgerRowValue['payout'] = null;
  if (kind === 'withdrawal') {
    if (status !== null && status !== 'paid') {
      row.fail(
        'status',
        'A withdrawal in the ledger is paid out; a pending one is a request in the Pending withdrawals queue',
      );
    }
    const method = row.text('method')
      ? (row.choice('method') as WithdrawalMethod | null)
      : row.fail('method', 'Give the payout method of a withdrawal (or one value for all rows)');
    payout = method && { method, destination: row.plain('destination', 200) ?? '' };
  }
  let amount = given;
  if (given !== null && kind !== null) {
    if (given === 0n) amount = row.fail('amount', 'Amount cannot be zero');
    else if (kind === 'withdrawal') amount = given < 0n ? given : -given;
    else if (given < 0n) {
      amount = row.fail('amount', `A ${ledgerKindLabels[kind].toLowerCase()} is a credit: its amount is above zero`);
    }
    if (amount !== null && (amount > largest || -amount > largest)) amount = row.fail('amount', 'Amount is too large');
  }
  if (row.issues.length > 0) return { customer, issues: row.issues };
  return {
    customer,
    value: {
      kind: kind as LedgerKind,
      amount: amount as bigint,
      status: status as LedgerStatus,
      createdAt: createdAt as string,
      note,
      payout,
    },
  };
}
