import type { HandlerTable } from '../api';
import { customerHeadline } from '../customers/headline';
import type { Storage } from '../db/storage';
import { countTickets, findTicket, listTickets } from './queries';
import { addStaffMessage, closeTicket } from './writes';

type TicketOperations = 'tickets.list' | 'tickets.count' | 'tickets.get' | 'tickets.reply' | 'tickets.close';

export function ticketsHandlers(storage: Storage, actor: () => string): HandlerTable<TicketOperations> {
  return {
    'tickets.list': ({ cursor, limit, ...filters }) =>
      storage.read((db) => {
        if (filters.customerId !== undefined) customerHeadline(db, filters.customerId);
        return listTickets(db, filters, cursor, limit);
      }),
    'tickets.count': ({ status }) => storage.read((db) => countTickets(db, status)),
    'tickets.get': ({ id }) => storage.read((db) => findTicket(db, id)),
    'tickets.reply': ({ id, body, internal }) =>
      storage.withTransaction(
        async (tx) => {
          await addStaffMessage(tx, id, body, internal, actor());
          return findTicket(tx, id);
        },
        { what: internal ? 'adding the note' : 'sending the reply' },
      ),
    'tickets.close': ({ id, reason }) =>
      storage.withTransaction(
        async (tx) => {
          await closeTicket(tx, id, reason, actor());
          return findTicket(tx, id);
        },
        { what: 'closing the ticket' },
      ),
  };
}
