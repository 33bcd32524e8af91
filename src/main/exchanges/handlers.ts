import { ApiError } from '../../shared/errors';
import { canMoveExchange, exchangeStatusLabels } from '../../shared/exchanges/statuses';
import type { HandlerTable } from '../api';
import { writeAudit } from '../audit/log';
import { customerHeadline } from '../customers/headline';
import { sqliteOf } from '../db/sqlite/database';
import type { Storage } from '../db/storage';
import { creditReferrer, takeBackBonus } from './affiliate-bonus';
import { countExchanges, findExchange, listExchanges } from './sqlite-exchanges';

type ExchangeOperations = 'exchanges.list' | 'exchanges.count' | 'exchanges.get' | 'exchanges.setStatus';

export function exchangesHandlers(storage: Storage, actor: () => string): HandlerTable<ExchangeOperations> {
  return {
    'exchanges.list': ({ cursor, limit, ...filters }) =>
      storage.read((db) => {
        if (filters.customerId !== undefined) customerHeadline(db, filters.customerId);
        return listExchanges(db, filters, cursor, limit);
      }),
    'exchanges.count': (filters) => storage.read((db) => countExchanges(db, filters)),
    'exchanges.get': ({ id }) => storage.read((db) => findExchange(db, id)),
    'exchanges.setStatus': ({ id, from, to, reason }) =>
      storage.withTransaction(
        async (tx) => {
          const exchange = findExchange(tx, id);
          if (exchange.status !== from) {
            throw new ApiError(
              'CONFLICT',
              `Exchange ${exchange.reference} is now ${exchangeStatusLabels[exchange.status].toLowerCase()}; reload it before changing its status`,
            );
          }
          if (!canMoveExchange(from, to)) {
            const message = `An exchange that is ${exchangeStatusLabels[from].toLowerCase()} cannot become ${exchangeStatusLabels[to].toLowerCase()}`;
            throw new ApiError('CONFLICT', message, { to: message });
          }
          const who = actor();
          const at = new Date().toISOString();
          const client = sqliteOf(tx).$client;
          client.prepare('UPDATE exchanges SET status = ?, status_changed_at = ? WHERE id = ?').run(to, at, id);
          client
            .prepare(
              'INSERT INTO exchange_status_history (exchange_id, at, actor, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?)',
            )
            .run(id, at, who, from, to, reason);
          if (to === 'completed') creditReferrer(tx, exchange, who, at);
          if (to === 'refunded') takeBackBonus(tx, exchange, who, at, reason);
          await writeAudit(tx, {
            actor: who,
            entity: 'exchange',
            entityId: id,
            action: 'set_status',
            reason,
            changes: { status: { from, to } },
          });
          return findExchange(tx, id);
        },
        { what: 'changing the exchange status' },
      ),
  };
}
