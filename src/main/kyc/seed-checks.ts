import type { WritableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';

/**
 * Verification checks for customers inserted in bulk (the seed), set-based: flags already on
 * become approved checks, email (and phone when there is one) not yet verified waits for review
 * since the customer was created, so the queue has realistic ages. Same rule as a new customer.
 * SQLite only (one set-based statement on the transaction's connection), like the seed itself.
 */
export function openChecksForCustomers(tx: WritableDB, firstId: number, lastId: number): void {
  const flagged = (check: string, column: string) =>
    `SELECT id, '${check}', 'approved', NULL, updated_at, 'before KYC review' FROM customers
     WHERE id BETWEEN @firstId AND @lastId AND ${column} = 1`;
  sqliteOf(tx)
    .$client.prepare(
      `INSERT OR IGNORE INTO kyc_checks (customer_id, "check", state, requested_at, decided_at, decided_by)
       ${flagged('email', 'verified_email')}
       UNION ALL ${flagged('phone', 'verified_phone')}
       UNION ALL ${flagged('document', 'verified_document')}
       UNION ALL ${flagged('selfie', 'verified_selfie')}
       UNION ALL ${flagged('address', 'verified_address')}
       UNION ALL SELECT id, 'email', 'pending', created_at, NULL, NULL FROM customers
         WHERE id BETWEEN @firstId AND @lastId AND verified_email = 0
       UNION ALL SELECT id, 'phone', 'pending', created_at, NULL, NULL FROM customers
         WHERE id BETWEEN @firstId AND @lastId AND verified_phone = 0 AND phone IS NOT NULL`,
    )
    .run({ firstId, lastId });
}
