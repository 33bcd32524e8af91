import { statusLabels, type CustomerStatus } from '../../shared/customers/fields';
import { ApiError } from '../../shared/errors';
import type { CustomerSession } from '../../shared/sessions/contract';
import { writeAudit, type Changes } from '../audit/log';
import { customerEntity } from '../customers/records';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { findSession } from './queries';

interface Ending {
  reason: string;
  who: string;
}

const statements = preparedPerConnection((db) => ({
  one: db.$client.prepare<{ id: number; at: string; who: string; reason: string }>(
    'UPDATE customer_sessions SET ended_at = @at, ended_by = @who, end_reason = @reason WHERE id = @id AND ended_at IS NULL',
  ),
  all: db.$client
    .prepare<{ customerId: number; at: string; who: string; reason: string }, number>(
      `UPDATE customer_sessions SET ended_at = @at, ended_by = @who, end_reason = @reason
       WHERE customer_id = @customerId AND ended_at IS NULL RETURNING id`,
    )
    .pluck(),
}));

/** Sessions are the customer's: their ends go into the customer's history, one key per session. */
const ended = (ids: readonly number[]): Changes =>
  Object.fromEntries(ids.map((id) => [`session.${id}`, { from: 'active', to: 'ended' }]));

/** Ends one active session; CONFLICT, with nothing written, when it has ended already. */
export async function endSession(tx: WritableDB, id: number, { reason, who }: Ending): Promise<CustomerSession> {
  const session = findSession(tx, id);
  if (session.endedAt !== null) {
    throw new ApiError('CONFLICT', `This session was already ended by ${session.endedBy ?? 'someone'}`);
  }
  statements(tx).one.run({ id, at: new Date().toISOString(), who, reason });
  await writeAudit(tx, {
    actor: who,
    entity: customerEntity,
    entityId: session.customerId,
    action: 'session.end',
    reason,
    changes: ended([id]),
  });
  return findSession(tx, id);
}

/** Ends every active session of a customer in the caller's transaction; how many it ended. */
export async function endAllSessions(tx: WritableDB, customerId: number, { reason, who }: Ending): Promise<number> {
  const ids = statements(tx).all.all({ customerId, at: new Date().toISOString(), who, reason });
  // Nothing ended is nothing changed: no entry in the history.
  if (ids.length === 0) return 0;
  await writeAudit(tx, {
    actor: who,
    entity: customerEntity,
    entityId: customerId,
    action: 'session.end_all',
    reason,
    changes: ended(ids),
  });
  return ids.length;
}

/** Statuses that shut the customer out of their account: reaching one signs every device out. */
const signedOutBy: readonly CustomerStatus[] = ['locked'];

/** Called by a status change, in its transaction: a locked customer keeps no session. */
export function endSessionsOnStatus(tx: WritableDB, customerId: number, status: CustomerStatus, ending: Ending) {
  if (!signedOutBy.includes(status)) return Promise.resolve(0);
  return endAllSessions(tx, customerId, {
    ...ending,
    reason: `Customer ${statusLabels[status].toLowerCase()}: ${ending.reason}`,
  });
}
