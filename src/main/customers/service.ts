import { eq } from 'drizzle-orm';
import type { CustomerStatus } from '../../shared/customers/fields';
import { statusAfterUnblock, statusChangeProblem } from '../../shared/customers/lifecycle';
import type { Customer, CustomerData } from '../../shared/customers/schema';
import { ApiError } from '../../shared/errors';
import { diff, writeAudit } from '../audit/log';
import type { ReadableDB } from '../db/handles';
import { customers } from '../db/schema';
import type { Storage } from '../db/storage';
import { columnsOf, dataOf, findCustomer, replaceLabels } from './records';
import { applyFormFlags } from '../kyc/form-flags';
import { verificationProgressOf } from '../../shared/kyc/progress';
import type { CustomerLookups } from './lookups';
import { checkAgainstStore } from './rules';

export const customerEntity = 'customer';

async function mustFind(db: ReadableDB, id: number): Promise<Customer> {
  const customer = await findCustomer(db, id);
  if (!customer) throw new ApiError('NOT_FOUND', `Customer #${id} does not exist`);
  return customer;
}

function notEmpty(value: unknown): boolean {
  return value !== null && value !== false && !(Array.isArray(value) && value.length === 0);
}

export class CustomerService {
  constructor(
    private readonly storage: Storage,
    private readonly lookups: CustomerLookups,
    private readonly actor: () => string,
  ) {}

  get(id: number): Promise<Customer> {
    return this.storage.read((db) => mustFind(db, id));
  }

  create(input: CustomerData): Promise<Customer> {
    // Progress is derived from the verification checks, never typed in.
    const data = { ...input, verificationProgress: verificationProgressOf(input) };
    return this.storage.withTransaction(
      async (tx) => {
        await checkAgainstStore(this.lookups, tx, data, null, null);
        const now = new Date().toISOString();
        const [created] = await tx
          .insert(customers)
          .values({ ...columnsOf(data), createdAt: now, updatedAt: now })
          .returning({ id: customers.id });
        const { id } = created as { id: number };
        await replaceLabels(tx, id, data.labels);
        await applyFormFlags(tx, id, null, data, this.actor());
        const changes = diff({}, data as Record<string, unknown>);
        for (const key of Object.keys(changes)) if (!notEmpty(changes[key]?.to)) delete changes[key];
        await writeAudit(tx, { actor: this.actor(), entity: customerEntity, entityId: id, action: 'create', changes });
        return mustFind(tx, id);
      },
      { what: 'saving the customer' },
    );
  }

  update(id: number, version: number, input: CustomerData): Promise<Customer> {
    const data = { ...input, verificationProgress: verificationProgressOf(input) };
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
        const changes = diff(before as Record<string, unknown>, data as Record<string, unknown>);
        if (Object.keys(changes).length === 0) return current;
        await tx
          .update(customers)
          .set({ ...columnsOf(data), version: version + 1, updatedAt: new Date().toISOString() })
          .where(eq(customers.id, id));
        if (changes.labels) await replaceLabels(tx, id, data.labels);
        await applyFormFlags(tx, id, before, data, this.actor());
        await writeAudit(tx, { actor: this.actor(), entity: customerEntity, entityId: id, action: 'update', changes });
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
