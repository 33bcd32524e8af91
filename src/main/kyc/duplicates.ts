import type { DuplicateFlag } from '../../shared/kyc/contract';
import type { Db } from '../db/connection';

const maxFlags = 20;

/**
 * Other customers holding the same identity evidence: a file with the same SHA-256 in a
 * verification slot, or the same document number. Both profiles see the flag.
 */
export function duplicateFlags(db: Db, customerId: number): DuplicateFlag[] {
  const sameFile = db.$client
    .prepare(
      `SELECT DISTINCT other.customer_id AS otherCustomerId, mine.sha256 AS value
       FROM documents mine
       JOIN documents other ON other.sha256 = mine.sha256 AND other.customer_id <> mine.customer_id
       WHERE mine.customer_id = ? AND mine.deleted_at IS NULL AND other.deleted_at IS NULL
         AND mine.slot NOT IN ('photo', 'coverPhoto') AND other.slot NOT IN ('photo', 'coverPhoto')
       LIMIT ${maxFlags}`,
    )
    .all(customerId) as { otherCustomerId: number; value: string }[];
  const sameNumber = db.$client
    .prepare(
      `SELECT other.id AS otherCustomerId, other.document_number AS value
       FROM customers mine JOIN customers other ON other.document_number = mine.document_number AND other.id <> mine.id
       WHERE mine.id = ? AND mine.document_number IS NOT NULL
       LIMIT ${maxFlags}`,
    )
    .all(customerId) as { otherCustomerId: number; value: string }[];
  const names = db.$client.prepare(
    "SELECT trim(first_name || ' ' || coalesce(last_name, '')) AS name FROM customers WHERE id = ?",
  );
  const nameOf = (id: number) => (names.get(id) as { name: string } | undefined)?.name ?? `#${id}`;
  return [
    ...sameFile.map((row) => ({ kind: 'same_file' as const, ...row, otherCustomerName: nameOf(row.otherCustomerId) })),
    ...sameNumber.map((row) => ({
      kind: 'same_document_number' as const,
      ...row,
      otherCustomerName: nameOf(row.otherCustomerId),
    })),
  ];
}
