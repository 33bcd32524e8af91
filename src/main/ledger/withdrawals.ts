import { ApiError } from '../../shared/errors';
import type { Withdrawal } from '../../shared/ledger/contract';
import { withdrawalCountCap } from '../../shared/ledger/contract';
import type { WithdrawalMethod, WithdrawalStatus } from '../../shared/ledger/kinds';
import { formatMoney } from '../../shared/money/money';
import type { HandlerTable } from '../api';
import { writeAudit } from '../audit/log';
import { customerNameSql } from '../customers/headline';
import type { ReadableDB, WritableDB } from '../db/handles';
import { afterCursor, decodeCursor, encodeCursor } from '../db/keyset';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { balanceMinor } from './balance';
import { appendEntry } from './entries';

type WithdrawalOperations = 'withdrawals.list' | 'withdrawals.count' | 'withdrawals.complete' | 'withdrawals.decline';

interface WithdrawalRow {
  id: number;
  customerId: number;
  customerName: string;
  amount: number;
  currency: string;
  method: WithdrawalMethod;
  destination: string;
  status: WithdrawalStatus;
  requestedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  payoutReference: string | null;
  declineReason: string | null;
  available: number;
}

const columns = `w.id, w.customer_id AS customerId, ${customerNameSql('c')} AS customerName, w.amount, w.currency,
  w.method, w.destination, w.status, w.requested_at AS requestedAt, w.decided_at AS decidedAt,
  w.decided_by AS decidedBy, w.payout_reference AS payoutReference, w.decline_reason AS declineReason,
  (SELECT coalesce(sum(amount), 0) FROM ledger_entries b WHERE b.customer_id = w.customer_id AND b.status IN ('confirmed', 'paid')) AS available`;

function toWithdrawal(row: WithdrawalRow): Withdrawal {
  return {
    ...row,
    amount: { amount: String(row.amount), currency: row.currency },
    available: { amount: String(row.available), currency: row.currency },
  };
}

function rows(db: ReadableDB, where: string, params: unknown[]): Withdrawal[] {
  const found = sqliteOf(db)
    .$client.prepare(`SELECT ${columns} FROM withdrawals w JOIN customers c ON c.id = w.customer_id WHERE ${where}`)
    .all(...params) as WithdrawalRow[];
  return found.map(toWithdrawal);
}

function find(db: ReadableDB, id: number): Withdrawal {
  const [found] = rows(db, 'w.id = ?', [id]);
  if (!found) throw new ApiError('NOT_FOUND', `Withdrawal #${id} does not exist`);
  return found;
}

function pendingOrRefuse(db: ReadableDB, id: number): Withdrawal {
  const found = find(db, id);
  if (found.status !== 'pending') {
    throw new ApiError('CONFLICT', `Withdrawal #${id} was already ${found.status} by ${found.decidedBy ?? 'someone'}`);
  }
  return found;
}

function decide(tx: WritableDB, id: number, who: string, at: string, set: Record<string, unknown>): void {
  const keys = Object.keys(set);
  sqliteOf(tx)
    .$client.prepare(
      `UPDATE withdrawals SET ${keys.map((key) => `${key} = ?`).join(', ')}, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'`,
    )
    .run(...Object.values(set), at, who, id);
}

/**
 * Pays a pending withdrawal out: the debit (paid) and the withdrawal's decision in the caller's
 * transaction; refused, with nothing written, when the available balance is short.
 */
export function payOut(tx: WritableDB, id: number, payoutReference: string, who: string, at: string): void {
  const found = pendingOrRefuse(tx, id);
  const { available } = balanceMinor(tx, found.customerId);
  const amount = BigInt(found.amount.amount);
  if (BigInt(available) < amount) {
    const short = { amount: String(available), currency: found.amount.currency };
    throw new ApiError(
      'CONFLICT',
      `The available balance is ${formatMoney(short, 'en-US')}, less than the ${formatMoney(found.amount, 'en-US')} asked; nothing was paid`,
    );
  }
  const entryId = appendEntry(tx, {
    customerId: found.customerId,
    kind: 'withdrawal',
    amount: -amount,
    currency: found.amount.currency,
    status: 'paid',
    source: 'withdrawal',
    sourceId: id,
    reason: `Payout ${payoutReference}`,
    actor: who,
    at,
  });
  decide(tx, id, who, at, { status: 'completed', payout_reference: payoutReference, ledger_entry_id: entryId });
}

/** Declines a pending withdrawal with its reason; the balance is not touched. */
export function declineRequest(tx: WritableDB, id: number, reason: string, who: string, at: string): void {
  pendingOrRefuse(tx, id);
  decide(tx, id, who, at, { status: 'declined', decline_reason: reason });
}

export function withdrawalsHandlers(storage: Storage, actor: () => string): HandlerTable<WithdrawalOperations> {
  return {
    'withdrawals.list': ({ customerId, status, cursor, limit }) =>
      storage.read((db) => {
        // The queue (pending) is served oldest first, so nobody waits behind newer requests.
        const op = status === 'pending' ? '>' : '<';
        const where: string[] = [];
        const params: unknown[] = [];
        const add = (sql: string, values: unknown[]) => {
          where.push(sql);
          params.push(...values);
        };
        if (customerId !== undefined) add('w.customer_id = ?', [customerId]);
        if (status) add('w.status = ?', [status]);
        if (cursor) {
          const after = afterCursor(['w.requested_at', 'w.id'], op, decodeCursor(cursor, 2));
          add(after.sql, after.params);
        }
        const direction = op === '>' ? 'ASC' : 'DESC';
        const found = rows(
          db,
          `${where.join(' AND ') || '1'} ORDER BY w.requested_at ${direction}, w.id ${direction} LIMIT ?`,
          [...params, limit + 1],
        );
        const items = found.slice(0, limit);
        const last = items.at(-1);
        return {
          items,
          nextCursor: found.length > limit && last ? encodeCursor([last.requestedAt, last.id]) : null,
        };
      }),
    'withdrawals.count': ({ status }) =>
      storage.read((db) => {
        const { total } = sqliteOf(db)
          .$client.prepare('SELECT count(*) AS total FROM (SELECT 1 FROM withdrawals WHERE status = ? LIMIT ?)')
          .get(status, withdrawalCountCap + 1) as { total: number };
        return { total: Math.min(total, withdrawalCountCap), capped: total > withdrawalCountCap };
      }),
    'withdrawals.complete': ({ id, payoutReference }) =>
      storage.withTransaction(
        async (tx) => {
          const who = actor();
          payOut(tx, id, payoutReference, who, new Date().toISOString());
          await writeAudit(tx, {
            actor: who,
            entity: 'withdrawal',
            entityId: id,
            action: 'complete',
            changes: {
              status: { from: 'pending', to: 'completed' },
              payoutReference: { from: null, to: payoutReference },
            },
          });
          return find(tx, id);
        },
        { what: 'completing the withdrawal' },
      ),
    'withdrawals.decline': ({ id, reason }) =>
      storage.withTransaction(
        async (tx) => {
          const who = actor();
          declineRequest(tx, id, reason, who, new Date().toISOString());
          await writeAudit(tx, {
            actor: who,
            entity: 'withdrawal',
            entityId: id,
            action: 'decline',
            reason,
            changes: { status: { from: 'pending', to: 'declined' } },
          });
          return find(tx, id);
        },
        { what: 'declining the withdrawal' },
      ),
  };
}
