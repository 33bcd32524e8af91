import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

describe('migration 0002_kyc', () => {
  it('adds the KYC tables beside the existing customers, tied to them', () => {
    const { client, migrate } = databaseBefore('0002_kyc');
    const ada = insertCustomer(client, { email: 'ada@example.com', verified_email: 1 });
    const before = rows(client, 'SELECT * FROM customers');
    migrate();
    expect(rows(client, 'SELECT * FROM customers')).toEqual(before);
    expect(rows(client, 'SELECT count(*) AS n FROM kyc_checks')).toEqual([{ n: 0 }]);

    const document = {
      customer_id: ada,
      slot: 'passport',
      version: 1,
      file_name: 'passport.pdf',
      mime_type: 'application/pdf',
      size: 10,
      sha256: 'ab',
      uploaded_at: 'now',
      uploaded_by: 'clerk',
      current: 1,
    };
    insertRow(client, 'documents', document);
    // One current version per slot; a customer that does not exist has no documents.
    expect(() => insertRow(client, 'documents', { ...document, version: 2 })).toThrow(/UNIQUE/);
    expect(() => insertRow(client, 'documents', { ...document, customer_id: ada + 1 })).toThrow(/FOREIGN KEY/);
  });
});
