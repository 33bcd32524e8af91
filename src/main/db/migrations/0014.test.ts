import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCustomer, insertRow, indexColumns, rows } from './test-database';

const historyEntry = {
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

describe('migration 0014_import_kind', () => {
  it('names every import already in the history an import of customers, as they all were', () => {
    const { client, migrate } = databaseBefore('0014_import_kind');
    insertRow(client, 'imports', historyEntry);
    migrate();
    expect(rows(client, 'SELECT file_name, state, kind FROM imports')).toEqual([
      { file_name: 'clients.csv', state: 'done', kind: 'customers' },
    ]);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});

describe('migration 0015_exchange_currency_indexes', () => {
  it('indexes the exchanges already stored by each side of their currency, newest first', () => {
    const { client, migrate } = databaseBefore('0015_exchange_currency_indexes');
    const customer = insertCustomer(client, {});
    const exchange = (reference: string, sent: string, received: string, createdAt: string) =>
      insertRow(client, 'exchanges', {
        reference,
        customer_id: customer,
        created_at: createdAt,
        sent_currency: sent,
        sent_amount: '100',
        received_currency: received,
        received_amount: '200',
        rate: '2',
        fee_amount: '1',
        profit_currency: sent,
        profit_amount: '1',
        profit_base_rate: '1',
        receiving_account: 'acct',
        status: 'completed',
        status_changed_at: createdAt,
      });
    exchange('EX-1', 'BTC', 'USDT', '2026-11-01T10:00:00.000Z');
    exchange('EX-2', 'EUR', 'BTC', '2026-11-02T10:00:00.000Z');
    migrate();
    expect(indexColumns(client, 'exchanges_sent_currency')).toEqual(['sent_currency', 'created_at', 'id']);
    expect(indexColumns(client, 'exchanges_received_currency')).toEqual(['received_currency', 'created_at', 'id']);
    const plan = rows(
      client,
      `EXPLAIN QUERY PLAN SELECT reference FROM exchanges WHERE received_currency = 'BTC' ORDER BY created_at DESC, id DESC`,
    );
    expect(JSON.stringify(plan)).toContain('exchanges_received_currency');
    expect(
      rows(
        client,
        `SELECT reference FROM exchanges WHERE sent_currency = 'BTC' OR received_currency = 'BTC' ORDER BY reference`,
      ),
    ).toEqual([{ reference: 'EX-1' }, { reference: 'EX-2' }]);
    expect(client.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });
});
