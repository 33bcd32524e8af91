import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, rows } from './test-database';

describe('migration 0010_customer_name_key_first_name', () => {
  it('writes every stored name key again, first name first, so the keys sort as the names are shown', () => {
    const { client, migrate } = databaseBefore('0010_customer_name_key_first_name');
    // Keys as 0007 to 0009 stored them: last name, then first name.
    const customers = [
      { first_name: 'Zoë', last_name: 'Abbott', name_key: 'abbott zoe' },
      { first_name: 'Łukasz', last_name: null, name_key: ' lukasz' },
      { first_name: 'Ada', last_name: 'Lövelace', name_key: 'lovelace ada' },
      { first_name: 'Ada', last_name: null, name_key: ' ada' },
      { first_name: 'María', last_name: 'Ávila', name_key: 'avila maria' },
    ];
    for (const customer of customers) insertCustomer(client, customer);
    migrate();
    expect(rows(client, 'SELECT first_name, last_name, name_key FROM customers ORDER BY name_key, id')).toEqual([
      { first_name: 'Ada', last_name: null, name_key: 'ada' },
      { first_name: 'Ada', last_name: 'Lövelace', name_key: 'ada lovelace' },
      { first_name: 'Łukasz', last_name: null, name_key: 'lukasz' },
      { first_name: 'María', last_name: 'Ávila', name_key: 'maria avila' },
      { first_name: 'Zoë', last_name: 'Abbott', name_key: 'zoe abbott' },
    ]);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});
