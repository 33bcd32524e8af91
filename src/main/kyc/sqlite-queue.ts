import type { VerificationCheck } from '../../shared/customers/fields';
import { verificationChecks } from '../../shared/customers/fields';
import type { QueueItem } from '../../shared/kyc/contract';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import type { QueueQuery, VerificationQueue } from './queue';

const ageDays: Record<QueueQuery['age'], number> = { any: 0, '1d': 1, '3d': 3, '7d': 7, '30d': 30 };

type Position = [requestedAt: string, customerId: number];

function encodePosition(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodePosition(value: string): Position | null {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && Number.isInteger(parsed[1]))
      return parsed as Position;
  } catch {
    // an unreadable cursor starts from the beginning
  }
  return null;
}

/**
 * The source rows of the queue: per customer (kyc_queue, kept by triggers) or, filtered by
 * check, that check's pending rows. Both are index ranges in (requested_at, customer_id) order.
 */
function source(query: QueueQuery, now: Date): { from: string; time: string; where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const base = query.check
    ? { from: 'kyc_checks q', time: 'q.requested_at' }
    : { from: 'kyc_queue q', time: 'q.oldest_requested_at' };
  if (query.check) {
    where.push(`q.state = 'pending'`, `q."check" = ?`);
    params.push(query.check);
  }
  if (ageDays[query.age] > 0) {
    where.push(`${base.time} <= ?`);
    params.push(new Date(now.getTime() - ageDays[query.age] * 86_400_000).toISOString());
  }
  if (query.country) {
    where.push('c.country = ?');
    params.push(query.country);
  }
  return { ...base, where, params };
}

/** The queue read with SQLite's planner held to the queue's index (CROSS JOIN). */
export const sqliteVerificationQueue: VerificationQueue = {
  async page(db, query, cursor, limit) {
    const rows = queueRows(db, query, cursor ? decodePosition(cursor) : null, 'next', limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? last.position : null };
  },

  async neighbors(db, query, position) {
    const at = decodePosition(position);
    if (!at) return { previous: null, next: null };
    return {
      previous: queueRows(db, query, at, 'previous', 1)[0] ?? null,
      next: queueRows(db, query, at, 'next', 1)[0] ?? null,
    };
  },

  async counts(db, query) {
    const client = sqliteOf(db).$client;
    const count = (q: QueueQuery) => {
      const s = source(q, new Date());
      const join = q.country ? 'JOIN customers c ON c.id = q.customer_id' : '';
      const where = s.where.length ? `WHERE ${s.where.join(' AND ')}` : '';
      const row = client.prepare(`SELECT count(*) AS n FROM ${s.from} ${join} ${where}`).get(...s.params);
      return (row as { n: number }).n;
    };
    // One index range per kind of check, under the same country and age filters.
    const byCheck = Object.fromEntries(
      verificationChecks.map((check) => [check, count({ ...query, check })]),
    ) as Record<VerificationCheck, number>;
    return { customers: count(query), byCheck };
  },
};

function queueRows(
  db: ReadableDB,
  query: QueueQuery,
  after: Position | null,
  direction: 'next' | 'previous',
  limit: number,
): QueueItem[] {
  const s = source(query, new Date());
  const where = [...s.where];
  const params = [...s.params];
  if (after) {
    where.push(`(${s.time}, q.customer_id) ${direction === 'next' ? '>' : '<'} (?, ?)`);
    params.push(...after);
  }
  const order = direction === 'next' ? 'ASC' : 'DESC';
  // CROSS JOIN keeps SQLite walking the queue index in order (and stopping at the limit)
  // instead of collecting every customer of a country and sorting them.
  const rows = sqliteOf(db)
    .$client.prepare(
      `SELECT q.customer_id AS customerId, ${s.time} AS requestedAt, c.first_name AS firstName, c.last_name AS lastName,
              c.email, c.country, c.status
       FROM ${s.from} CROSS JOIN customers c ON c.id = q.customer_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${s.time} ${order}, q.customer_id ${order} LIMIT ?`,
    )
    .all(...params, limit) as Omit<QueueItem, 'pendingChecks' | 'position'>[];
  const pending = pendingChecks(
    db,
    rows.map((row) => row.customerId),
  );
  return rows.map((row) => ({
    ...row,
    pendingChecks: pending.get(row.customerId) ?? [],
    position: encodePosition([row.requestedAt, row.customerId]),
  }));
}

function pendingChecks(db: ReadableDB, customerIds: number[]): Map<number, VerificationCheck[]> {
  const result = new Map<number, VerificationCheck[]>();
  if (customerIds.length === 0) return result;
  const rows = sqliteOf(db)
    .$client.prepare(
      `SELECT customer_id AS customerId, "check" FROM kyc_checks
       WHERE state = 'pending' AND customer_id IN (${customerIds.map(() => '?').join(',')})`,
    )
    .all(...customerIds) as { customerId: number; check: VerificationCheck }[];
  for (const row of rows) result.set(row.customerId, [...(result.get(row.customerId) ?? []), row.check]);
  for (const [id, checks] of result) {
    result.set(
      id,
      verificationChecks.filter((check) => checks.includes(check)),
    );
  }
  return result;
}
