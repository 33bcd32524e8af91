import { eq } from 'drizzle-orm';
import type { CustomerStatus } from '../../shared/customers/fields';
import { statusAfterUnblock, statusChangeProblem } from '../../shared/customers/lifecycle';
import type { Customer, CustomerData } from '../../shared/customers/schema';
import { ApiError } from '../../shared/errors';
import { writeAudit } from '../audit/log';
import type { ReadableDB } from '../db/handles';
import { customers } from '../db/schema';
import type { Storage } from '../db/storage';
import { endSessionsOnStatus } from '../sessions/end';
import { customerEntity, dataOf, findCustomer } from './records';
import type { CustomerLookups } from './lookups';
import { checkAgainstStore } from './rules';
import { formOrigin, type CustomerWriter } from './write';

async function mustFind(db: ReadableDB, id: number): Promise<Customer> {
  const customer = await findCustomer(db, id);
  if (!customer) throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
  return customer;
}

export class CustomerService {
  constructor(
    private readonly storage: Storage,
    private readonly lookups: CustomerLookups,
    private readonly writer: CustomerWriter,
    private readonly actor: () => string,
  ) {}

  get(id: number): Promise<Customer> {
    return this.storage.read((db) => mustFind(db, id));
  }

  /** A batch of one through the customers' write path, named as the form's. */
  create(data: CustomerData): Promise<Customer> {
    return this.storage.withTransaction(
      async (tx) => {
        await checkAgainstStore(this.lookups, tx, data, null, null);
        const [id] = await this.writer.create(tx, [{ data }], formOrigin(this.actor()));
        return mustFind(tx, id as number);
      },
      { what: 'saving the customer' },
    );
  }

  update(id: number, version: number, data: CustomerData): Promise<Customer> {
    return this.storage.withTransaction(
      async (tx) => {
        const current = await mustFind(tx, id);
        if (current.version !== version) {
          throw new ApiError(
            'CONFLICT',
            'Someone else changed this customer since you opened it; reload to see their changes',
          );
        }
        const before = dataOf(current);
        await checkAgainstStore(this.lookups, tx, data, before, id);
        await this.writer.update(tx, [{ id, version, before, data }], formOrigin(this.actor()));
        return mustFind(tx, id);
      },
      { what: 'saving the customer' },
    );
  }

  setStatus(id: number, status: CustomerStatus, reason: string, action = 'status'): Promise<Customer> {
    return this.storage.withTransaction(
      async (tx) => {
        const current = await mustFind(tx, id);
        const problem = statusChangeProblem(current.status, status, current);
        if (problem) throw new ApiError('VALIDATION', problem, { status: problem });
        await tx
          .update(customers)
          .set({ status, statusReason: reason, version: current.version + 1, updatedAt: new Date().toISOString() })
          .where(eq(customers.id, id));
        await writeAudit(tx, {
          actor: this.actor(),
          entity: customerEntity,
          entityId: id,
          action,
          reason,
          changes: { status: { from: current.status, to: status } },
        });
        // Blocking signs the customer out everywhere, in this same transaction.
        await endSessionsOnStatus(tx, id, status, { reason, who: this.actor() });
        return mustFind(tx, id);
      },
      { what: 'changing the status' },
    );
  }

  block(id: number, reason: string): Promise<Customer> {
    return this.setStatus(id, 'locked', reason, 'block');
  }

  async unblock(id: number, reason: string): Promise<Customer> {
    const current = await this.get(id);
    if (current.status !== 'locked') {
      throw new ApiError('VALIDATION', 'Only a locked customer can be unblocked', { status: 'Not locked' });
    }
    return this.setStatus(id, statusAfterUnblock(current), reason, 'unblock');
  }
}
