import { reserveRequestCountCap } from '../../shared/reserve-requests/contract';
import type { HandlerTable } from '../api';
import { writeAudit } from '../audit/log';
import { customerHeadline } from '../customers/headline';
import { cappedCount } from '../db/queue-page';
import type { Storage } from '../db/storage';
import { listReserveRequests } from './queries';
import { answerReserveRequest } from './writes';

type ReserveRequestOperations = 'reserveRequests.list' | 'reserveRequests.count' | 'reserveRequests.answer';

export function reserveRequestsHandlers(storage: Storage, actor: () => string): HandlerTable<ReserveRequestOperations> {
  return {
    'reserveRequests.list': ({ cursor, limit, ...filters }) =>
      storage.read((db) => {
        if (filters.customerId !== undefined) customerHeadline(db, filters.customerId);
        return listReserveRequests(db, filters, cursor, limit);
      }),
    'reserveRequests.count': ({ status }) =>
      storage.read((db) => cappedCount(db, 'reserve_requests', 'status = ?', [status], reserveRequestCountCap)),
    'reserveRequests.answer': ({ id, answer }) =>
      storage.withTransaction(
        async (tx) => {
          const who = actor();
          const answered = answerReserveRequest(tx, { id, answer, who, at: new Date().toISOString() });
          await writeAudit(tx, {
            actor: who,
            entity: 'reserve_request',
            entityId: id,
            action: 'answer',
            changes: { status: { from: 'pending', to: 'answered' }, answer: { from: null, to: answer } },
          });
          return answered;
        },
        { what: 'answering the reserve request' },
      ),
  };
}
