import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

describe('migration 0003_kyc_triggers', () => {
  it('turns the verification flags of existing customers into KYC checks and queues what waits for review', () => {
    const { client, migrate } = databaseBefore('0003_kyc_triggers');
    const stamps = { created_at: '2025-03-01T09:00:00.000Z', updated_at: '2025-06-01T09:00:00.000Z' };
    // Everything verified by hand before KYC review existed.
    const verified = insertCustomer(client, {
      ...stamps,
      phone: '+441234567890',
      verified_email: 1,
      verified_phone: 1,
      verified_document: 1,
      verified_selfie: 1,
      verified_address: 1,
    });
    // Nothing verified: email and phone wait for review, as for a new customer.
    const unverified = insertCustomer(client, { ...stamps, phone: '+441234567891' });
    // No phone to verify, document verified.
    const noPhone = insertCustomer(client, { ...stamps, verified_document: 1 });
    migrate();

    const checks = (customer: number) =>
      rows(
        client,
        `SELECT "check", state, requested_at, decided_at, decided_by FROM kyc_checks WHERE customer_id = ${customer} ORDER BY "check"`,
      );
    const approved = (check: string) => ({
      check,
      state: 'approved',
      requested_at: null,
      decided_at: stamps.updated_at,
      decided_by: 'before KYC review',
    });
    const pending = (check: string) => ({
      check,
      state: 'pending',
      requested_at: stamps.created_at,
      decided_at: null,
      decided_by: null,
    });
    expect(checks(verified)).toEqual(['address', 'document', 'email', 'phone', 'selfie'].map(approved));
    expect(checks(unverified)).toEqual([pending('email'), pending('phone')]);
    expect(checks(noPhone)).toEqual([approved('document'), pending('email')]);
    expect(rows(client, 'SELECT customer_id, oldest_requested_at FROM kyc_queue ORDER BY customer_id')).toEqual([
      { customer_id: unverified, oldest_requested_at: stamps.created_at },
      { customer_id: noPhone, oldest_requested_at: stamps.created_at },
    ]);
  });

  it('keeps the queue in step with the checks and the decision log append-only', () => {
    const { client, migrate } = databaseBefore('0003_kyc_triggers');
    const customer = insertCustomer(client, { verified_email: 1 });
    migrate();
    insertRow(client, 'kyc_checks', { customer_id: customer, check: 'document', state: 'pending', requested_at: 'b' });
    insertRow(client, 'kyc_checks', { customer_id: customer, check: 'selfie', state: 'pending', requested_at: 'a' });
    expect(rows(client, 'SELECT oldest_requested_at FROM kyc_queue')).toEqual([{ oldest_requested_at: 'a' }]);
    client.prepare(`UPDATE kyc_checks SET state = 'approved' WHERE "check" = 'selfie'`).run();
    expect(rows(client, 'SELECT oldest_requested_at FROM kyc_queue')).toEqual([{ oldest_requested_at: 'b' }]);
    client.prepare(`DELETE FROM kyc_checks WHERE "check" = 'document'`).run();
    expect(rows(client, 'SELECT * FROM kyc_queue')).toEqual([]);

    insertRow(client, 'kyc_decisions', {
      at: 'now',
      reviewer: 'clerk',
      customer_id: customer,
      check: 'email',
      outcome: 'approved',
      file_sha256: '',
      prev_hash: '',
      hash: 'h',
    });
    expect(() => client.prepare("UPDATE kyc_decisions SET outcome = 'rejected'").run()).toThrow(/append-only/);
    expect(() => client.prepare('DELETE FROM kyc_decisions').run()).toThrow(/append-only/);
  });
});
