import { describe, expect, it } from 'vitest';
import { databaseBefore, indexColumns, insertCustomer, rows } from './test-database';

describe('migration 0005_customer_list_indexes', () => {
  it('rebuilds the list indexes with the filter columns in them, over the existing customers', () => {
    const { client, migrate } = databaseBefore('0005_customer_list_indexes');
    insertCustomer(client, { first_name: 'Ada', last_name: 'Lovelace', country: 'GB' });
    insertCustomer(client, { first_name: 'Grace', last_name: 'Hopper', country: 'US' });
    const before = rows(client, 'SELECT * FROM customers ORDER BY id');
    migrate();
    expect(rows(client, 'SELECT * FROM customers ORDER BY id')).toEqual(before);
    expect(indexColumns(client, 'customers_sort_name')).toEqual([
      'sort_name',
      'id',
      'status',
      'country',
      'verification_progress',
    ]);
    expect(indexColumns(client, 'customers_progress')).toEqual(['verification_progress', 'id', 'status', 'country']);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(
      client.prepare("SELECT last_name FROM customers INDEXED BY customers_country WHERE country = 'US'").pluck().all(),
    ).toEqual(['Hopper']);
  });
});
