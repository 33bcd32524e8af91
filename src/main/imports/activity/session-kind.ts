import { isIP } from 'node:net';
import { sessionColumns, type SessionColumnKey } from '../../../shared/activity/columns';
import { reason } from '../../../shared/reason';
import { customerEntity } from '../../customers/records';
import { preparedPerConnection } from '../../db/sqlite/prepared';
import { insertSession } from '../../sessions/insert';
import { created, type ActivityKind } from './activity-kinds';
import type { ReadRow } from './exchange-row';
import { RowCells, type ReadContext } from './row-cells';

export interface SessionRowValue {
  device: string;
  ipAddress: string;
  place: string | null;
  signedInAt: string;
  lastSeenAt: string;
  ended: { at: string; by: string; reason: string | null } | null;
}

/** Who ended a session when the file does not say: on the platform, the customer signing out. */
const endedByDefault = 'customer';

/** One row of a session file read into the session it reports, or every problem it has. */
export function readSessionRow(cells: Record<string, string>, context: ReadContext): ReadRow<SessionRowValue> {
  const row = new RowCells<SessionColumnKey>(sessionColumns, cells, context);
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const device = row.plain('device', 200);
  const ip = row.plain('ipAddress', 45);
  // "[2001:db8::1]" and "203.0.113.24:443" are how some logs write an address.
  const bare = ip?.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1') ?? null;
  const ipAddress =
    bare === null || isIP(bare) ? bare : row.fail('ipAddress', `"${ip}" is not an IPv4 or IPv6 address`);
  const place = row.plain('place', 200);
  const signedInAt = row.dateTime('signedInAt');
  const lastSeenAt = row.dateTime('lastSeenAt');
  const endedAt = row.text('endedAt') ? row.dateTime('endedAt') : null;
  const endedBy = row.plain('endedBy', 200);
  const endReason = row.text('endReason') ? row.parsed('endReason', reason) : null;
  if (signedInAt && lastSeenAt && lastSeenAt < signedInAt) {
    row.fail('lastSeenAt', 'Last seen is before the session signed in');
  }
  if (signedInAt && endedAt && endedAt < signedInAt) row.fail('endedAt', 'A session ends after it signed in');
  if (!row.text('endedAt')) {
    if (endedBy) row.fail('endedBy', 'Give when the session ended (Ended at), or leave who ended it empty');
    if (row.text('endReason'))
      row.fail('endReason', 'Give when the session ended (Ended at), or leave its reason empty');
  }
  if (row.issues.length > 0) return { customer, issues: row.issues };
  return {
    customer,
    value: {
      device: device as string,
      ipAddress: ipAddress as string,
      place,
      signedInAt: signedInAt as string,
      lastSeenAt: lastSeenAt as string,
      ended: endedAt ? { at: endedAt, by: endedBy ?? endedByDefault, reason: endReason } : null,
    },
  };
}

const statements = preparedPerConnection((db) => ({
  same: db.$client
    .prepare<[number, string, string, string], number>(
      `SELECT id FROM customer_sessions WHERE customer_id = ? AND device = ? AND ip_address = ? AND signed_in_at = ?
        LIMIT 1`,
    )
    .pluck(),
  status: db.$client.prepare<[number], string>('SELECT status FROM customers WHERE id = ?').pluck(),
  end: db.$client.prepare<{ id: number; at: string; by: string; reason: string | null }>(
    'UPDATE customer_sessions SET ended_at = @at, ended_by = @by, end_reason = @reason WHERE id = @id',
  ),
}));

/**
 * Sessions as the platform exports them: an active one is a device still signed in; an ended
 * one is stored ended, with who ended it and why. Audited on the customer, as ending one is.
 */
export const sessionKind: ActivityKind<SessionRowValue> = {
  read: readSessionRow,
  identity: {
    key: 'signedInAt',
    name: 'customer, device, IP address and sign-in time',
    of: (value, customerId) => `${customerId}|${value.device}|${value.ipAddress}|${value.signedInAt}`,
  },
  storeProblem(db, value, customerId) {
    const sql = statements(db);
    const stored = sql.same.get(customerId, value.device, value.ipAddress, value.signedInAt);
    if (stored !== undefined) {
      return {
        key: 'signedInAt',
        kind: 'duplicateInDatabase',
        message: `Session #${stored} is already this device's sign-in at this time`,
      };
    }
    // Locking a customer signs every device out (sessions/end.ts): a locked customer has none active.
    if (!value.ended && sql.status.get(customerId) === 'locked') {
      return {
        key: 'endedAt',
        kind: 'invalid',
        message: 'The customer is locked, so no session of theirs is active: give when this one ended',
      };
    }
    return null;
  },
  write(tx, value, customerId) {
    const { ended, ...session } = value;
    const id = insertSession(tx, { customerId, ...session });
    if (ended) statements(tx).end.run({ id, ...ended });
    const key = `session.${id}`;
    return {
      entity: customerEntity,
      id: customerId,
      changes: created({
        [key]: ended ? 'ended' : 'active',
        [`${key}.device`]: value.device,
        [`${key}.ipAddress`]: value.ipAddress,
        [`${key}.place`]: value.place,
        [`${key}.signedInAt`]: value.signedInAt,
        [`${key}.lastSeenAt`]: value.lastSeenAt,
        [`${key}.endedAt`]: ended?.at ?? null,
        [`${key}.endedBy`]: ended?.by ?? null,
      }),
    };
  },
};
