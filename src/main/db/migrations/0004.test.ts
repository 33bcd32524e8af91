import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

describe('migration 0004_imports', () => {
  it('adds import history and presets, leaving the customers as they were', () => {
    const { client, migrate } = databaseBefore('0004_imports');
    insertCustomer(client, { email: 'ada@example.com' });
    const before = rows(client, 'SELECT * FROM customers');
    migrate();
    expect(rows(client, 'SELECT * FROM customers')).toEqual(before);
    expect(rows(client, 'SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);

    insertRow(client, 'import_presets', { name: 'Partner CSV', mapping: '{}', created_at: 'now' });
    // Preset names are unique whatever their case.
    expect(() =>
      insertRow(client, 'import_presets', { name: 'partner csv', mapping: '{}', created_at: 'now' }),
    ).toThrow(/UNIQUE/);
  });
});
