import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

const document = (customerId: number) => ({
  customer_id: customerId,
  slot: 'docFile1',
  version: 1,
  file_name: 'passport.jpg',
  mime_type: 'image/jpeg',
  size: 1000,
  sha256: 'a'.repeat(64),
  uploaded_at: '2026-11-02T10:00:00.000Z',
  uploaded_by: 'mia',
  current: 1,
});

describe('migration 0018_document_readings', () => {
  it("keeps an existing desk's documents, every one unread, and ties a reading to a stored file", () => {
    const { client, migrate } = databaseBefore('0018_document_readings');
    const customer = insertCustomer(client, { email: 'kept@example.com' });
    const documentId = insertRow(client, 'documents', document(customer));
    migrate();
    expect(rows(client, 'SELECT id, file_name FROM documents')).toEqual([
      { id: documentId, file_name: 'passport.jpg' },
    ]);
    expect(rows(client, 'SELECT count(*) AS n FROM document_readings')).toEqual([{ n: 0 }]);
    insertRow(client, 'document_readings', {
      document_id: documentId,
      state: 'reading',
      started_at: '2026-12-06T10:00:00.000Z',
      read_by: 'mia',
    });
    expect(rows(client, 'SELECT state, sealed FROM document_readings')).toEqual([{ state: 'reading', sealed: null }]);
    // One reading per stored file, and only of a file that exists.
    expect(() =>
      insertRow(client, 'document_readings', {
        document_id: documentId,
        state: 'read',
        started_at: '2026-12-06T10:00:00.000Z',
        read_by: 'mia',
      }),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      insertRow(client, 'document_readings', {
        document_id: documentId + 99,
        state: 'reading',
        started_at: '2026-12-06T10:00:00.000Z',
        read_by: 'mia',
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
