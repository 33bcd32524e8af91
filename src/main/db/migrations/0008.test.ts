import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

const entry = {
  file_name: 'clients.csv',
  file_hash: 'ab'.repeat(32),
  file_size: 1234,
  mode: 'insert',
  on_invalid: 'skip',
  state: 'done',
  rows: 3,
  created: 2,
  updated: 0,
  skipped: 1,
  error_count: 1,
  error_report: 'import-errors-1.csv',
  message: null,
  mapping: '{"columns":{},"constants":{}}',
  actor: 'ada',
  started_at: '2026-01-01T10:00:00.000Z',
  finished_at: '2026-01-01T10:01:00.000Z',
};

describe('migration 0008_import_batches', () => {
  it('keeps every import of the history as it was, with nothing to resume or undo, and adds the record of changes', () => {
    const { client, migrate } = databaseBefore('0008_import_batches');
    const id = insertRow(client, 'imports', entry);
    insertCustomer(client, { email: 'ada@example.com' });
    migrate();
    expect(rows(client, `SELECT ${Object.keys(entry).join(', ')} FROM imports`)).toEqual([entry]);
    expect(rows(client, 'SELECT committed_rows, counts, source, expected_rows, pid, undo FROM imports')).toEqual([
      { committed_rows: 0, counts: null, source: null, expected_rows: null, pid: null, undo: null },
    ]);
    // A running import has no end yet.
    insertRow(client, 'imports', { ...entry, state: 'running', finished_at: null });
    insertRow(client, 'import_changes', { import_id: id, customer_id: 1, before: null, version: 1, audit_mark: 0 });
    expect(() =>
      insertRow(client, 'import_changes', { import_id: id, customer_id: 1, before: null, version: 2, audit_mark: 0 }),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insertRow(client, 'import_changes', { import_id: 99, customer_id: 2, before: null, version: 1, audit_mark: 0 }),
    ).toThrow(/FOREIGN KEY/);
  });
});
