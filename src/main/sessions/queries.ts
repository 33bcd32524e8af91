import { ApiError } from '../../shared/errors';
import type { CustomerSession } from '../../shared/sessions/contract';
import type { ReadableDB } from '../db/handles';
import { sectionedPage } from '../db/sections';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { sqliteOf } from '../db/sqlite/database';

const columns = `id, customer_id AS customerId, device, ip_address AS ipAddress, place, signed_in_at AS signedInAt,
  last_seen_at AS lastSeenAt, ended_at AS endedAt, ended_by AS endedBy, end_reason AS endReason`;

const statements = preparedPerConnection((db) => ({
  one: db.$client.prepare<[number], CustomerSession>(`SELECT ${columns} FROM customer_sessions WHERE id = ?`),
  active: db.$client
    .prepare<[number], number>('SELECT count(*) FROM customer_sessions WHERE customer_id = ? AND ended_at IS NULL')
    .pluck(),
}));

export function findSession(db: ReadableDB, id: number): CustomerSession {
  const found = statements(db).one.get(id);
  if (!found) throw new ApiError('NOT_FOUND', `Session #${id} does not exist`);
  return found;
}

export function activeSessions(db: ReadableDB, customerId: number): number {
  return statements(db).active.get(customerId) ?? 0;
}

/** Active sessions first, most recently seen first; then the ended ones, newest first. */
export function listSessions(db: ReadableDB, customerId: number, cursor: string | undefined, limit: number) {
  const client = sqliteOf(db).$client;
  const keys = ['last_seen_at', 'id'] as const;
  const part = (ended: boolean) => ({
    where: `customer_id = ? AND ended_at IS ${ended ? 'NOT ' : ''}NULL`,
    params: [customerId],
    keys,
    direction: 'DESC' as const,
  });
  return sectionedPage(
    [part(false), part(true)],
    cursor,
    limit,
    (clause, params) =>
      client.prepare(`SELECT ${columns} FROM customer_sessions WHERE ${clause}`).all(...params) as CustomerSession[],
    (row) => [row.lastSeenAt, row.id],
  );
}
