import type { OperationName } from '../../shared/api';
import { countCap } from '../../shared/customers/contract';
import type { HandlerTable } from '../api';
import { readAudit } from '../audit/log';
import { labelCounts } from '../db/schema';
import type { Storage } from '../db/storage';
import type { CustomerListing } from './listing';
import type { CustomerLookups } from './lookups';
import { customerEntity } from './records';
import { CustomerService } from './service';
import { CustomerWriter, type BulkCustomerRows } from './write';
import type { DecisionChain } from '../kyc/decision-log';

/** The dashboard, though named for customers, is a feature of its own (src/main/dashboard). */
type CustomerOperations = Exclude<Extract<OperationName, `customers.${string}`>, 'customers.dashboard'>;

/** What the customer handlers need of the storage engine beyond portable queries. */
export interface CustomerPorts {
  listing: CustomerListing;
  lookups: CustomerLookups;
  rows: BulkCustomerRows;
  /** The decision log, where approvals given by verified flags are entered. */
  chain: DecisionChain;
}

export function customersHandlers(
  storage: Storage,
  ports: CustomerPorts,
  actor: () => string,
): HandlerTable<CustomerOperations> {
  const service = new CustomerService(storage, ports.lookups, new CustomerWriter(ports.rows, ports.chain), actor);
  const { listing } = ports;
  return {
    'customers.list': (input) => storage.read((db) => listing.page(db, input)),
    'customers.count': (filters) => storage.read((db) => listing.countUpTo(db, filters, countCap)),
    // Kept by triggers on customer_labels, so reading them is a plain query.
    'customers.labels': () =>
      storage.read((db) =>
        db.select({ label: labelCounts.label, count: labelCounts.count }).from(labelCounts).orderBy(labelCounts.label),
      ),
    'customers.get': ({ id }) => service.get(id),
    'customers.create': (data) => service.create(data),
    'customers.update': ({ id, version, customer }) => service.update(id, version, customer),
    'customers.setStatus': ({ id, status, reason }) => service.setStatus(id, status, reason),
    'customers.block': ({ id, reason }) => service.block(id, reason),
    'customers.unblock': ({ id, reason }) => service.unblock(id, reason),
    'customers.history': async ({ id, limit }) => {
      await service.get(id);
      return storage.read((db) => readAudit(db, customerEntity, id, limit));
    },
  };
}
