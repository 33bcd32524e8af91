import type { Changes } from '../../audit/log';
import type { ReadableDB, WritableDB } from '../../db/handles';
import { sqliteOf } from '../../db/sqlite/database';
import { insertExchange } from '../../exchanges/insert';
import { balanceMinor } from '../../ledger/balance';
import { appendEntry } from '../../ledger/entries';
import { baseCurrency } from '../../ledger/settings';
import { insertWithdrawalRequest } from '../../ledger/withdrawal-request';
import { payOut } from '../../ledger/withdrawals';
import { balanceStatuses, ledgerKindLabels } from '../../../shared/ledger/kinds';
import { majorText } from '../../../shared/money/money';
import { readExchangeRow, type ExchangeRowValue, type ReadRow } from './exchange-row';
import { readLedgerRow, type LedgerRowValue } from './ledger-row';
import type { ReadContext } from './row-cells';

/** A problem with the store: which column it is about and what it is. */
export interface StoreProblem {
  key: string;
  message: string;
  kind: 'duplicateInDatabase' | 'invalid';
}

/** What writing a row made: the audit entry of the record it added. */
export interface Written {
  entity: string;
  id: number;
  changes: Changes;
}

/**
 * What differs between importing exchanges and ledger entries: how a row reads, what makes two
 * rows the same record, what the store must not already hold, and how one is written (through
 * the core's write path: `insertExchange`, `appendEntry`, whose triggers still hold every rule).
 */
export interface ActivityKind<T> {
  read(cells: Record<string, string>, context: ReadContext): ReadRow<T>;
  /**
   * The column a duplicate is reported on, what the rows share in words, and the text two rows of
   * the same record share (key and name may depend on the row: a review by exchange or by text).
   */
  identity: {
    key: string | ((value: T) => string);
    name: string | ((value: T) => string);
    of(value: T, customerId: number): string;
  };
  /** A problem with the store as it is (plus `planned`: what a dry run would have added before). */
  storeProblem(db: ReadableDB, value: T, customerId: number, planned: Map<number, bigint> | null): StoreProblem | null;
  /** What a dry run notes of a row it would add, for the rows after it. */
  plan?(value: T, customerId: number, planned: Map<number, bigint>): void;
  write(tx: WritableDB, value: T, customerId: number, actor: string, note: string): Written;
}

export const created = (values: Record<string, unknown>): Changes =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, to]) => to !== null && to !== '')
      .map(([key, to]) => [key, { from: null, to }]),
  );

export const exchangeKind: ActivityKind<ExchangeRowValue> = {
  read: readExchangeRow,
  identity: { key: 'reference', name: 'reference', of: (value) => value.reference },
  storeProblem(db, value) {
    const id = sqliteOf(db)
      .$client.prepare('SELECT id FROM exchanges WHERE reference = ?')
      .pluck()
      .get(value.reference);
    return id === undefined
      ? null
      : {
          key: 'reference',
          kind: 'duplicateInDatabase',
          message: `Exchange #${String(id)} already has this reference`,
        };
  },
  write(tx, value, customerId, actor, note) {
    const id = insertExchange(tx, { ...value, customerId }, actor, note);
    const major = (money: { amount: string; currency: string }) =>
      `${majorText(money.amount, money.currency)} ${money.currency}`;
    return {
      entity: 'exchange',
      id,
      changes: created({
        reference: value.reference,
        customerId,
        createdAt: value.createdAt,
        sent: major(value.sent),
        received: major(value.received),
        rate: value.rate,
        fee: major(value.fee),
        profit: major(value.profit),
        profitBaseRate: value.profitBaseRate,
        receivingAccount: value.receivingAccount,
        status: value.status,
      }),
    };
  },
};

/**
 * A paid withdrawal as the desk keeps one: the request, paid out at its time (payOut writes the
 * debit and refuses a balance that is short); answers the debit's entry id.
 */
function payWithdrawal(
  tx: WritableDB,
  value: LedgerRowValue,
  payout: NonNullable<LedgerRowValue['payout']>,
  customerId: number,
  actor: string,
  note: string,
): number {
  const at = value.createdAt;
  const requestId = insertWithdrawalRequest(tx, {
    customerId,
    amount: -value.amount,
    currency: baseCurrency(tx),
    ...payout,
    requestedAt: at,
  });
  payOut(tx, requestId, value.note ?? note, actor, at);
  return sqliteOf(tx)
    .$client.prepare('SELECT ledger_entry_id FROM withdrawals WHERE id = ?')
    .pluck()
    .get(requestId) as number;
}

const countsInBalance = (value: LedgerRowValue) => (balanceStatuses as readonly string[]).includes(value.status);

export function ledgerKind(baseCurrency: string): ActivityKind<LedgerRowValue> {
  return {
    read: readLedgerRow,
    identity: {
      key: 'createdAt',
      name: 'customer, kind, amount and time',
      of: (value, customerId) => `${customerId}|${value.kind}|${value.amount}|${value.createdAt}`,
    },
    storeProblem(db, value, customerId, planned) {
      const stored = sqliteOf(db)
        .$client.prepare(
          'SELECT id FROM ledger_entries WHERE customer_id = ? AND kind = ? AND amount = ? AND created_at = ? LIMIT 1',
        )
        .pluck()
        .get(customerId, value.kind, value.amount, value.createdAt);
      if (stored !== undefined) {
        return {
          key: 'createdAt',
          kind: 'duplicateInDatabase',
          message: `Ledger entry #${String(stored)} is already this ${ledgerKindLabels[value.kind].toLowerCase()} of this customer at this time`,
        };
      }
      if (value.amount > 0n || !countsInBalance(value)) return null;
      const available = BigInt(balanceMinor(db, customerId).available) + (planned?.get(customerId) ?? 0n);
      if (available + value.amount >= 0n) return null;
      return {
        key: 'amount',
        kind: 'invalid',
        message: `The balance would go below zero (available ${majorText(available, baseCurrency)} ${baseCurrency}); credits must come before it in the file`,
      };
    },
    plan(value, customerId, planned) {
      if (countsInBalance(value)) planned.set(customerId, (planned.get(customerId) ?? 0n) + value.amount);
    },
    write(tx, value, customerId, actor, note) {
      const id = value.payout
        ? payWithdrawal(tx, value, value.payout, customerId, actor, note)
        : appendEntry(tx, {
            customerId,
            kind: value.kind,
            amount: value.amount,
            currency: baseCurrency,
            status: value.status,
            source: 'platform',
            sourceId: null,
            reason: value.note ?? note,
            actor,
            at: value.createdAt,
          });
      return {
        entity: 'ledger_entry',
        id,
        changes: created({
          customerId,
          kind: value.kind,
          amount: `${majorText(value.amount, baseCurrency)} ${baseCurrency}`,
          status: value.status,
          createdAt: value.createdAt,
          note: value.note,
          method: value.payout?.method ?? null,
          destination: value.payout?.destination ?? null,
        }),
      };
    },
  };
}
