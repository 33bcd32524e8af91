import type { OperationName } from '../../shared/api';
import { countCap } from '../../shared/customers/contract';
import type { HandlerTable } from '../api';
import { readAudit } from '../audit/log';
import type { Db } from '../db/connection';
import { labelCounts } from '../db/schema';
import { CustomerLists } from './list';
import { CustomerService, customerEntity } from './service';

type CustomerOperations = Extract<OperationName, `customers.${string}`>;

export function customersHandlers(db: Db, actor: () => string): HandlerTable<CustomerOperations> {
  const service = new CustomerService(db, actor);
  const lists = new CustomerLists(db);
  return {
    'customers.list': (input) => lists.page(input),
    'customers.count': (filters) => lists.countUpTo(filters, countCap),
    'customers.labels': () =>
      db
        .select({ label: labelCounts.label, count: labelCounts.count })
        .from(labelCounts)
        .orderBy(labelCounts.label)
        .all(),
    'customers.get': ({ id }) => service.get(id),
    'customers.create': (data) => service.create(data),
    'customers.update': ({ id, version, customer }) => service.update(id, version, customer),
    'customers.setStatus': ({ id, status, reason }) => service.setStatus(id, status, reason),
    'customers.block': ({ id, reason }) => service.block(id, reason),
    'customers.unblock': ({ id, reason }) => service.unblock(id, reason),
    'customers.history': ({ id, limit }) => {
      service.get(id);
      return readAudit(db, customerEntity, id, limit);
    },
  };
}
