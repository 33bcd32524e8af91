import type { HandlerTable } from '../api';
import { customerHeadline } from '../customers/headline';
import type { Storage } from '../db/storage';
import { endAllSessions, endSession } from './end';
import { activeSessions, listSessions } from './queries';

type SessionOperations = 'sessions.list' | 'sessions.end' | 'sessions.endAll';

export function sessionsHandlers(storage: Storage, actor: () => string): HandlerTable<SessionOperations> {
  return {
    'sessions.list': ({ customerId, cursor, limit }) =>
      storage.read((db) => {
        customerHeadline(db, customerId);
        return { ...listSessions(db, customerId, cursor, limit), active: activeSessions(db, customerId) };
      }),
    'sessions.end': ({ id, reason }) =>
      storage.withTransaction((tx) => endSession(tx, id, { reason, who: actor() }), { what: 'ending the session' }),
    'sessions.endAll': ({ customerId, reason }) =>
      storage.withTransaction(
        async (tx) => {
          customerHeadline(tx, customerId);
          return { ended: await endAllSessions(tx, customerId, { reason, who: actor() }) };
        },
        { what: 'ending the sessions' },
      ),
  };
}
