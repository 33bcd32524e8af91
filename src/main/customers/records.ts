import { eq } from 'drizzle-orm';
import { decimalToHundredths, hundredthsToDecimal } from '../../shared/customers/fields';
import type { Customer, CustomerData } from '../../shared/customers/schema';
import { nationalNumberOf } from '../../shared/reference/phone';
import type { ReadableDB, WritableDB } from '../db/handles';
import { nameKeyOf } from './name-key';
import { customerLabels, customers } from '../db/schema';

/** The audit log's name for a customer. */
export const customerEntity = 'customer';

type Row = typeof customers.$inferSelect;
export type CustomerColumns = Omit<typeof customers.$inferInsert, 'id'>;

/** The editable part of a stored customer, in the shape the schema produces. */
export function dataOf(customer: Customer): CustomerData {
  const { id: _id, version: _v, status: _s, statusReason: _r, createdAt: _c, updatedAt: _u, ...data } = customer;
  return data as CustomerData;
}

/** The columns the database stores derived from validated customer data, rather than as given. */
export function derivedColumnsOf(data: CustomerData) {
  return {
    affiliateProfitShare: decimalToHundredths(data.affiliateProfitShare),
    phoneNational: nationalNumberOf(data.phone),
    nameKey: nameKeyOf(data.firstName, data.lastName),
  };
}

/** Database columns for validated customer data. */
export function columnsOf(data: CustomerData): Omit<CustomerColumns, 'createdAt' | 'updatedAt'> {
  const { labels: _labels, ...rest } = data;
  return { ...rest, ...derivedColumnsOf(data) };
}

export function recordOf(row: Row, labels: string[]): Customer {
  const { nameKey: _key, phoneNational: _national, affiliateProfitShare, ...rest } = row;
  return { ...rest, affiliateProfitShare: hundredthsToDecimal(affiliateProfitShare), labels };
}

export async function labelsOf(db: ReadableDB, customerId: number): Promise<string[]> {
  const rows = await db
    .select({ label: customerLabels.label })
    .from(customerLabels)
    .where(eq(customerLabels.customerId, customerId))
    .orderBy(customerLabels.label);
  return rows.map((r) => r.label);
}

export async function findCustomer(db: ReadableDB, id: number): Promise<Customer | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row ? recordOf(row, await labelsOf(db, id)) : undefined;
}

export async function replaceLabels(tx: WritableDB, customerId: number, labels: readonly string[]): Promise<void> {
  await tx.delete(customerLabels).where(eq(customerLabels.customerId, customerId));
  if (labels.length > 0) await tx.insert(customerLabels).values(labels.map((label) => ({ customerId, label })));
}
