import type { z } from 'zod';
import type { ExchangeRecord, ExchangeSummary, exchangeFilters } from '../../shared/exchanges/contract';
import { exchangeCountCap } from '../../shared/exchanges/contract';
import type { ExchangeStatus } from '../../shared/exchanges/statuses';
import type { LedgerStatus } from '../../shared/ledger/kinds';
import { ApiError } from '../../shared/errors';
import { customerNameSql } from '../customers/headline';
import type { ReadableDB } from '../db/handles';
import { afterCursor, decodeCursor, encodeCursor } from '../db/keyset';
import { sqliteOf } from '../db/sqlite/database';

/** The filters, and in a merged branch the one side of the currency it reads. */
type Filters = z.output<typeof exchangeFilters> & { sent?: string; received?: string };

/** Above every character a reference can hold: the end of a prefix's index range. */
const highest = '\u{10FFFF}';

const summaryColumns = `x.id, x.reference, x.customer_id AS customerId, ${customerNameSql('c')} AS customerName,
  x.created_at AS createdAt, x.sent_currency AS sentCurrency, x.sent_amount AS sentAmount,
  x.received_currency AS receivedCurrency, x.received_amount AS receivedAmount, x.status`;

interface SummaryRow {
  id: number;
  reference: string;
  customerId: number;
  customerName: string;
  createdAt: string;
  sentCurrency: string;
  sentAmount: string;
  receivedCurrency: string;
  receivedAmount: string;
  status: ExchangeStatus;
}

function toSummary(row: SummaryRow): ExchangeSummary {
  return {
    id: row.id,
    reference: row.reference,
    customerId: row.customerId,
    customerName: row.customerName,
    createdAt: row.createdAt,
    sent: { amount: row.sentAmount, currency: row.sentCurrency },
    received: { amount: row.receivedAmount, currency: row.receivedCurrency },
    status: row.status,
  };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The WHERE of a list, count or export: each filter an index range or a test on the index entry. */
export function conditions(filters: Filters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filters.customerId !== undefined) add('x.customer_id = ?', filters.customerId);
  if (filters.search) add('x.reference >= ? AND x.reference < ?', filters.search, filters.search + highest);
  if (filters.status?.length) add(`x.status IN (${filters.status.map(() => '?').join(', ')})`, ...filters.status);
  if (filters.currency) add('(x.sent_currency = ? OR x.received_currency = ?)', filters.currency, filters.currency);
  if (filters.sent) add('x.sent_currency = ?', filters.sent);
  // The received side leaves out what the sent side already has: an exchange of one currency to itself.
  if (filters.received) add('x.received_currency = ? AND x.sent_currency <> ?', filters.received, filters.received);
  if (filters.from) add('x.created_at >= ?', filters.from);
  if (filters.to) add('x.created_at < ?', nextDay(filters.to));
  return { where, params };
}

/**
 * Newest first over all customers, each status and each side of a currency is its own index
 * range in time order: one branch per range, each read to the page's size, merged. One range
 * read with the others' rows filtered out would sort every match (400,000 held exchanges) or
 * scan the whole table for a currency nobody trades.
 */
function branches(filters: Filters): Filters[] {
  if (filters.customerId !== undefined || filters.search) return [filters];
  const statuses = filters.status?.length ? filters.status.map((status) => [status]) : [undefined];
  return statuses.flatMap((status) => {
    const one = { ...filters, status };
    if (!filters.currency) return [one];
    return [
      { ...one, currency: undefined, sent: filters.currency },
      { ...one, currency: undefined, received: filters.currency },
    ];
  });
}

export function listExchanges(db: ReadableDB, filters: Filters, cursor: string | undefined, limit: number) {
  // A reference search lists in reference order (one index range); else newest first.
  const keys = filters.search ? ['x.reference'] : ['x.created_at', 'x.id'];
  const op = filters.search ? '>' : '<';
  const direction = filters.search ? 'ASC' : 'DESC';
  // The merge orders by the columns as the branches name them.
  const order = (filters.search ? ['reference'] : ['createdAt', 'id']).map((key) => `${key} ${direction}`).join(', ');
  const position = cursor ? decodeCursor(cursor, keys.length) : null;
  const parts = branches(filters).map((branch) => {
    const { where, params } = conditions(branch);
    if (position) {
      const after = afterCursor(keys, op, position);
      where.push(after.sql);
      params.push(...after.params);
    }
    const sql = `SELECT ${summaryColumns} FROM exchanges x JOIN customers c ON c.id = x.customer_id
      WHERE ${where.join(' AND ') || '1'} ORDER BY ${keys.map((key) => `${key} ${direction}`).join(', ')} LIMIT ?`;
    return { sql, params: [...params, limit + 1] };
  });
  const sql =
    parts.length === 1
      ? (parts[0] as { sql: string }).sql
      : `SELECT * FROM (${parts.map((part) => `SELECT * FROM (${part.sql})`).join(' UNION ALL ')}) ORDER BY ${order} LIMIT ?`;
  const params = parts.flatMap((part) => part.params).concat(parts.length === 1 ? [] : [limit + 1]);
  const rows = sqliteOf(db)
    .$client.prepare(sql)
    .all(...params) as SummaryRow[];
  const items = rows.slice(0, limit).map(toSummary);
  const last = rows[limit - 1];
  const next = last && (filters.search ? [last.reference] : [last.createdAt, last.id]);
  return { items, nextCursor: rows.length > limit && next ? encodeCursor(next) : null };
}

export function countExchanges(db: ReadableDB, filters: Filters) {
  const { where, params } = conditions(filters);
  const { total } = sqliteOf(db)
    .$client.prepare(
      `SELECT count(*) AS total FROM (SELECT 1 FROM exchanges x WHERE ${where.join(' AND ') || '1'} LIMIT ?)`,
    )
    .get(...params, exchangeCountCap + 1) as { total: number };
  return { total: Math.min(total, exchangeCountCap), capped: total > exchangeCountCap };
}

interface RecordRow extends SummaryRow {
  customerEmail: string;
  rate: string;
  feeAmount: string;
  profitCurrency: string;
  profitAmount: string;
  profitBaseRate: string;
  receivingAccount: string;
  statusChangedAt: string;
}

export function findExchange(db: ReadableDB, id: number): ExchangeRecord {
  const client = sqliteOf(db).$client;
  const row = client
    .prepare(
      `SELECT ${summaryColumns}, c.email AS customerEmail, x.rate, x.fee_amount AS feeAmount,
              x.profit_currency AS profitCurrency, x.profit_amount AS profitAmount, x.profit_base_rate AS profitBaseRate,
              x.receiving_account AS receivingAccount, x.status_changed_at AS statusChangedAt
         FROM exchanges x JOIN customers c ON c.id = x.customer_id WHERE x.id = ?`,
    )
    .get(id) as RecordRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `Exchange #${id} does not exist`);
  const history = client
    .prepare(
      `SELECT at, actor, from_status AS "from", to_status AS "to", reason FROM exchange_status_history
        WHERE exchange_id = ? ORDER BY id`,
    )
    .all(id) as ExchangeRecord['history'];
  const bonus = client
    .prepare(
      `SELECT id AS entryId, customer_id AS referrerId, amount, currency, status FROM ledger_entries
        WHERE source = 'exchange' AND source_id = ? AND kind = 'exchange_affiliate_bonus'`,
    )
    .get(id) as
    { entryId: number; referrerId: number; amount: number; currency: string; status: LedgerStatus } | undefined;
  return {
    ...toSummary(row),
    customerEmail: row.customerEmail,
    rate: row.rate,
    fee: { amount: row.feeAmount, currency: row.sentCurrency },
    profit: { amount: row.profitAmount, currency: row.profitCurrency },
    profitBaseRate: row.profitBaseRate,
    receivingAccount: row.receivingAccount,
    statusChangedAt: row.statusChangedAt,
    history,
    affiliateBonus: bonus
      ? {
          entryId: bonus.entryId,
          referrerId: bonus.referrerId,
          amount: { amount: String(bonus.amount), currency: bonus.currency },
          status: bonus.status,
        }
      : null,
  };
}
