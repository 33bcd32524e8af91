import { and, eq, ne, sql } from 'drizzle-orm';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { customers, exchangeMonitors } from '../db/schema';
import type { CustomerLookups } from './lookups';

/** Prepared once per connection: an import asks them for every row. */
const statements = preparedPerConnection((db) => ({
  sameEmail: db
    .select({ id: customers.id, firstName: customers.firstName, lastName: customers.lastName })
    .from(customers)
    .where(and(eq(customers.email, sql.placeholder('email')), ne(customers.id, sql.placeholder('exceptId'))))
    .prepare(),
  sameReference: db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(eq(customers.referenceId, sql.placeholder('referenceId')), ne(customers.id, sql.placeholder('exceptId'))),
    )
    .prepare(),
  monitor: db
    .select({ active: exchangeMonitors.active, name: exchangeMonitors.name })
    .from(exchangeMonitors)
    .where(eq(exchangeMonitors.id, sql.placeholder('id')))
    .prepare(),
}));

export const sqliteCustomerLookups: CustomerLookups = {
  async sameEmail(db, email, exceptId) {
    return statements(db).sameEmail.get({ email, exceptId });
  },
  async sameReference(db, referenceId, exceptId) {
    return statements(db).sameReference.get({ referenceId, exceptId });
  },
  async monitor(db, id) {
    return statements(db).monitor.get({ id });
  },
};
