import { describe, expect, it } from 'vitest';
import { databaseBefore, indexColumns, insertCustomer, rows } from './test-database';

describe('migration 0006_customer_name_key_indexes', () => {
  it('indexes the name sort expression itself, over the existing customers', () => {
    const { client, migrate } = databaseBefore('0006_customer_name_key_indexes');
    insertCustomer(client, { first_name: 'Ada', last_name: 'Lovelace', country: 'GB' });
    insertCustomer(client, { first_name: 'Grace', last_name: 'Hopper', country: 'GB' });
    const before = rows(client, 'SELECT * FROM customers ORDER BY id');
    migrate();
    expect(rows(client, 'SELECT * FROM customers ORDER BY id')).toEqual(before);
    expect(indexColumns(client, 'customers_country')).toEqual([
      'country',
      null,
      'id',
      'status',
      'verification_progress',
    ]);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    const byName = `SELECT last_name FROM customers WHERE country = 'GB'
      ORDER BY lower(coalesce(last_name, '') || ' ' || first_name), id`;
    expect(client.prepare(byName).pluck().all()).toEqual(['Hopper', 'Lovelace']);
    const plan = rows(client, `EXPLAIN QUERY PLAN ${byName}`) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('; ')).toMatch(/INDEX customers_country/);
    expect(plan.map((step) => step.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
  });
});
