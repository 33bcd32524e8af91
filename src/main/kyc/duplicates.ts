import { and, eq, isNotNull, isNull, ne, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DuplicateFlag } from '../../shared/kyc/contract';
import type { ReadableDB } from '../db/handles';
import { customers, documents } from '../db/schema';

const maxFlags = 20;
/** Pictures of the profile are not identity evidence. */
const notEvidence: ('photo' | 'coverPhoto')[] = ['photo', 'coverPhoto'];

/**
 * Other customers holding the same identity evidence: a file with the same SHA-256 in a
 * verification slot, or the same document number. Both profiles see the flag.
 */
export async function duplicateFlags(db: ReadableDB, customerId: number): Promise<DuplicateFlag[]> {
  const other = alias(documents, 'other');
  const sameFile = await db
    .selectDistinct({ otherCustomerId: other.customerId, value: documents.sha256 })
    .from(documents)
    .innerJoin(other, and(eq(other.sha256, documents.sha256), ne(other.customerId, documents.customerId)))
    .where(
      and(
        eq(documents.customerId, customerId),
        isNull(documents.deletedAt),
        isNull(other.deletedAt),
        notInArray(documents.slot, notEvidence),
        notInArray(other.slot, notEvidence),
      ),
    )
    .limit(maxFlags);
  const otherCustomer = alias(customers, 'other');
  const sameNumber = await db
    .select({ otherCustomerId: otherCustomer.id, value: sql<string>`${otherCustomer.documentNumber}` })
    .from(customers)
    .innerJoin(
      otherCustomer,
      and(eq(otherCustomer.documentNumber, customers.documentNumber), ne(otherCustomer.id, customers.id)),
    )
    .where(and(eq(customers.id, customerId), isNotNull(customers.documentNumber)))
    .limit(maxFlags);
  const names = new Map<number, string>();
  for (const { otherCustomerId } of [...sameFile, ...sameNumber]) {
    if (names.has(otherCustomerId)) continue;
    const [row] = await db
      .select({ firstName: customers.firstName, lastName: customers.lastName })
      .from(customers)
      .where(eq(customers.id, otherCustomerId));
    names.set(otherCustomerId, row ? [row.firstName, row.lastName ?? ''].join(' ').trim() : `#${otherCustomerId}`);
  }
  const nameOf = (id: number) => names.get(id) as string;
  return [
    ...sameFile.map((row) => ({ kind: 'same_file' as const, ...row, otherCustomerName: nameOf(row.otherCustomerId) })),
    ...sameNumber.map((row) => ({
      kind: 'same_document_number' as const,
      ...row,
      otherCustomerName: nameOf(row.otherCustomerId),
    })),
  ];
}
