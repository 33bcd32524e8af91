import { eq } from 'drizzle-orm';
import type { CustomerStatus } from '../../shared/customers/fields';
import { statusAfterUnblock, statusChangeProblem } from '../../shared/customers/lifecycle';
import type { Customer, CustomerData } from '../../shared/customers/schema';
import { ApiError } from '../../shared/errors';
import { diff, writeAudit } from '../audit/log';
import type { Db } from '../db/connection';
import { customers } from '../db/schema';
import { columnsOf, dataOf, findCustomer, replaceLabels } from './records';
import { applyFormFlags } from '../kyc/form-flags';
import { verificationProgressOf } from '../../shared/kyc/progress';
import { checkAgainstStore } from './rules';

export const customerEntity = 'customer';

function mustFind(db: Db, id: number): Customer {
  const customer = findCustomer(db, id);
  if (!customer) throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
  return customer;
}

function notEmpty(value: unknown): boolean {
  return value !== null && value !== false && !(Array.isArray(value) && value.length === 0);
}

export class CustomerService {
  constructor(
    private readonly db: Db,
    private readonly actor: () => string,
  ) {}

  /**
   * better-sqlite3 is synchronous and single-connection, so the plain handle inside the
   * callback runs within the transaction; handing it on keeps helpers typed against Db.
   */
  private transaction<T>(work: (db: Db) => T): T {
    return this.db.transaction(() => work(this.db));
  }

  get(id: number): Customer {
    return mustFind(this.db, id);
  }

  create(input: CustomerData): Customer {
    // Progress is derived from the verification checks, never typed in.
    const data = { ...input, verificationProgress: verificationProgressOf(input) };
    return this.transaction((tx) => {
      checkAgainstStore(tx, data, null, null);
      const now = new Date().toISOString();
      const { id } = tx
        .insert(customers)
        .values({ ...columnsOf(data), createdAt: now, updatedAt: now })
        .returning({ id: customers.id })
        .get();
      replaceLabels(tx, id, data.labels);
      applyFormFlags(tx, id, null, data, this.actor());
      const changes = diff({}, data as Record<string, unknown>);
      for (const key of Object.keys(changes)) if (!notEmpty(changes[key]?.to)) delete changes[key];
      writeAudit(tx, { actor: this.actor(), entity: customerEntity, entityId: id, action: 'create', changes });
      return mustFind(tx, id);
    });
  }

  update(id: number, version: number, input: CustomerData): Customer {
    const data = { ...input, verificationProgress: verificationProgressOf(input) };
    return this.transaction((tx) => {
      const current = mustFind(tx, id);
      if (current.version !== version) {
        throw new ApiError(
          'CONFLICT',
          'Someone else changed this customer since you opened it; reload to see their changes',
        );
      }
      const before = dataOf(current);
      checkAgainstStore(tx, data, before, id);
      const changes = diff(before as Record<string, unknown>, data as Record<string, unknown>);
      if (Object.keys(changes).length === 0) return current;
      tx.update(customers)
        .set({ ...columnsOf(data), version: version + 1, updatedAt: new Date().toISOString() })
        .where(eq(customers.id, id))
        .run();
      if (changes.labels) replaceLabels(tx, id, data.labels);
      applyFormFlags(tx, id, before, data, this.actor());
      writeAudit(tx, { actor: this.actor(), entity: customerEntity, entityId: id, action: 'update', changes });
      return mustFind(tx, id);
    });
  }

  setStatus(id: number, status: CustomerStatus, reason: string, action = 'status'): Customer {
    return this.transaction((tx) => {
      const current = mustFind(tx, id);
      const problem = statusChangeProblem(current.status, status, current);
      if (problem) throw new ApiError('VALIDATION', problem, { status: problem });
      tx.update(customers)
        .set({ status, statusReason: reason, version: current.version + 1, updatedAt: new Date().toISOString() })
        .where(eq(customers.id, id))
        .run();
      writeAudit(tx, {
        actor: this.actor(),
        entity: customerEntity,
        entityId: id,
        action,
        reason,
        changes: { status: { from: current.status, to: status } },
      });
      return mustFind(tx, id);
    });
  }

  block(id: number, reason: string): Customer {
    return this.setStatus(id, 'locked', reason, 'block');
  }

  unblock(id: number, reason: string): Customer {
    const current = mustFind(this.db, id);
    if (current.status !== 'locked') {
      throw new ApiError('VALIDATION', 'Only a locked customer can be unblocked', { status: 'Not locked' });
    }
    return this.setStatus(id, statusAfterUnblock(current), reason, 'unblock');
  }
}
