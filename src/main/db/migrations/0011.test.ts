import { describe, expect, it } from 'vitest';
import { databaseBefore, indexColumns, insertCustomer } from './test-database';

describe('migration 0011_customer_name_key_first_name_indexes', () => {
  it('builds the indexes on the name key again, so the name sort reads one in order', () => {
    const { client, migrate } = databaseBefore('0011_customer_name_key_first_name_indexes');
    insertCustomer(client, { first_name: 'Ada', last_name: 'Lovelace', name_key: 'ada lovelace' });
    migrate();
    expect(indexColumns(client, 'customers_sort_name')).toEqual([
      'name_key',
      'id',
      'status',
      'country',
      'verification_progress',
    ]);
    expect(indexColumns(client, 'customers_country')).toEqual([
      'country',
      'name_key',
      'id',
      'status',
      'verification_progress',
    ]);
    expect(indexColumns(client, 'customers_status')).toEqual([
      'status',
      'name_key',
      'id',
      'country',
      'verification_progress',
    ]);
    const plan = client
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM customers c ORDER BY c.name_key, c.id LIMIT 50')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(['SCAN c USING COVERING INDEX customers_sort_name']);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});
