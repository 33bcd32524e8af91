import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, rows } from './test-database';

describe('migration 0000_init', () => {
  it('builds the customer tables on an empty file, with a name sort key and one customer per email', () => {
    const { client, migrate } = databaseBefore('0000_init');
    migrate();
    const tables = client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'customer_labels', 'customers', 'exchange_monitors']));

    insertCustomer(client, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    expect(rows(client, 'SELECT sort_name, status, verification_progress, custom_fields FROM customers')).toEqual([
      { sort_name: 'lovelace ada', status: 'approval_pending', verification_progress: 0, custom_fields: '[]' },
    ]);
    expect(() => insertCustomer(client, { email: 'ada@example.com' })).toThrow(/UNIQUE/);
  });
});
