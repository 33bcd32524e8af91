import { describe, expect, it } from 'vitest';
import { fillNameKeys } from './0007_customer_name_key';
import { databaseBefore, indexColumns, insertCustomer, rows } from './test-database';

describe('migration 0007_customer_name_key', () => {
  it('stores the folded name key of every existing customer (as nameKeyOf writes it today), on a connection without app functions', () => {
    const { client, migrate } = databaseBefore('0007_customer_name_key');
    const names = [
      { first_name: 'Ada', last_name: 'Lövelace' },
      { first_name: 'María', last_name: 'Ávila' },
      { first_name: 'Łukasz', last_name: null },
      { first_name: 'Zoë', last_name: 'Zimmer' },
    ];
    for (const name of names) insertCustomer(client, name);
    migrate();
    const sorted = () => rows(client, 'SELECT name_key FROM customers ORDER BY name_key, id');
    expect(sorted()).toEqual([
      { name_key: 'ada lovelace' },
      { name_key: 'lukasz' },
      { name_key: 'maria avila' },
      { name_key: 'zoe zimmer' },
    ]);
    const columns = client.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('customers');
    expect(columns).toContain('name_key');
    expect(columns).not.toContain('sort_name');
    expect(indexColumns(client, 'customers_status')).toEqual([
      'status',
      'name_key',
      'id',
      'country',
      'verification_progress',
    ]);
    // The data step is idempotent, and reads in batches (here of 3 rows, so it takes two).
    const filled = sorted();
    client.prepare("UPDATE customers SET name_key = ''").run();
    fillNameKeys(client, 3);
    expect(sorted()).toEqual(filled);
    fillNameKeys(client);
    expect(sorted()).toEqual(filled);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});
