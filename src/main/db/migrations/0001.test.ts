import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, rows } from './test-database';

describe('migration 0001_customer_search', () => {
  it('keeps the customers and, from then on, keeps the search index and label counts in step', () => {
    const { client, migrate } = databaseBefore('0001_customer_search');
    const ada = insertCustomer(client, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    migrate();
    expect(rows(client, 'SELECT id, email FROM customers')).toEqual([{ id: ada, email: 'ada@example.com' }]);

    // It indexes customers written from then on: it shipped with 0000 (0.7 s apart in the
    // journal), so no database held customers before it.
    const search = (term: string) =>
      client.prepare('SELECT rowid FROM customer_search WHERE customer_search MATCH ?').pluck().all(term);
    const grace = insertCustomer(client, { first_name: 'Grace', last_name: 'Hopper', phone: '+15550100' });
    expect(search('hop*')).toEqual([grace]);
    client.prepare("UPDATE customers SET last_name = 'Murray' WHERE id = ?").run(grace);
    expect(search('hop*')).toEqual([]);
    expect(search('murr*')).toEqual([grace]);

    insertRow(client, 'customer_labels', { customer_id: grace, label: 'vip' });
    insertRow(client, 'customer_labels', { customer_id: ada, label: 'vip' });
    expect(rows(client, 'SELECT label, count FROM label_counts')).toEqual([{ label: 'vip', count: 2 }]);
    client.prepare('DELETE FROM customer_labels WHERE customer_id = ?').run(grace);
    client.prepare('DELETE FROM customers WHERE id = ?').run(grace);
    expect(search('murr*')).toEqual([]);
    expect(rows(client, 'SELECT label, count FROM label_counts')).toEqual([{ label: 'vip', count: 1 }]);
  });
});
