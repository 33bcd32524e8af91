import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

export interface NewSession {
  customerId: number;
  device: string;
  ipAddress: string;
  place: string | null;
  signedInAt: string;
  lastSeenAt: string;
}

const statements = preparedPerConnection((db) => ({
  session: db.$client.prepare<NewSession, { id: number }>(
    `INSERT INTO customer_sessions (customer_id, device, ip_address, place, signed_in_at, last_seen_at)
     VALUES (@customerId, @device, @ipAddress, @place, @signedInAt, @lastSeenAt) RETURNING id`,
  ),
}));

/** Stores an active session as the platform reports a signed-in device. */
export function insertSession(tx: WritableDB, session: NewSession): number {
  return (statements(tx).session.get(session) as { id: number }).id;
}
