import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadPath } from '../../jobs/files';
import { addExchange, chosenFile, failure, ok, openTestCore, rowCount } from '../../test-support';
import { activityFixtures, adaAndGrace, importsOn } from './test-imports';

let core: Awaited<ReturnType<typeof openTestCore>>;
let ada: number;
let grace: number;
let inspect: ReturnType<typeof importsOn>['inspect'];
let dryRun: ReturnType<typeof importsOn>['dryRun'];
let importFile: ReturnType<typeof importsOn>['importFile'];

beforeEach(async () => {
  core = await openTestCore('importer');
  ({ ada, grace } = await adaAndGrace(core));
  ({ inspect, dryRun, importFile } = importsOn(core));
});
afterEach(() => core.dispose());

function reportRows(name: string | null): Record<string, string>[] {
  if (!name) return [];
  const text = readFileSync(downloadPath(core.dataDir, name), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('exchanges from a German Excel CSV (BOM, semicolons, decimal commas, day-first dates)', () => {
  it('matches the headers, reports each bad row by field and writes only the good rows', async () => {
    await addExchange(core, ada, { reference: 'EX-STORED' });
    const { file, mapping } = await inspect('exchanges-german-excel.csv', 'exchanges');
    expect(file).toMatchObject({ delimiter: ';', encoding: 'utf-8' });
    expect(mapping.columns).toMatchObject({
      reference: 'Order ID',
      customerEmail: 'Email',
      customerReferenceId: 'Customer reference',
      createdAt: 'Date',
      sentAmount: 'Amount sent',
      sentCurrency: 'Send currency',
      receivedAmount: 'Amount received',
      receivedCurrency: 'Receive currency',
      rate: 'Rate',
      fee: 'Fee',
      profit: 'Profit',
      profitCurrency: 'Profit currency',
      profitBaseRate: 'Profit base rate',
      receivingAccount: 'Wallet',
      status: 'Status',
    });
    const { columns } = await ok(core, 'imports.values', {
      source: chosenFile(core, join(activityFixtures, 'exchanges-german-excel.csv')),
      mapping,
      kind: 'exchanges',
    });
    expect(columns.map((column) => [column.key, column.values.map((value) => value.value)])).toEqual([
      ['status', ['Abgeschlossen']],
    ]);
    const mapped = { ...mapping, values: { status: { Abgeschlossen: 'completed' } } };

    const checked = await dryRun('exchanges-german-excel.csv', 'exchanges', mapped);
    expect(checked).toMatchObject({
      rows: 8,
      toCreate: 2,
      invalid: 4,
      duplicatesInFile: 1,
      duplicatesInDatabase: 1,
    });
    expect(rowCount(core, 'exchanges')).toBe(1);
    const problems = checked.errors.map((e) => [e.row, e.column, e.value, e.message]);
    expect(problems).toEqual([
      [3, 'Email', 'nobody@example.com', 'No customer has this email'],
      [4, 'Send currency', 'EURO', '"EURO" is not a currency this desk knows'],
      [5, 'Amount received', '0,123456789', 'BTC has at most 8 decimals'],
      [6, 'Order ID', 'ex-1001', 'Same reference as row 2'],
      [7, 'Order ID', 'EX-STORED', expect.stringMatching(/^Exchange #\d+ already has this reference$/)],
      [9, 'Date', '31.11.2026 10:00', '31.11.2026 10:00 is not a real date and time'],
    ]);

    const imported = await importFile('exchanges-german-excel.csv', 'exchanges', mapped);
    expect(imported).toMatchObject({ toCreate: 2, invalid: 4, errorCount: 6, refused: false });
    expect(reportRows(imported.errorReport).map((row) => [row.Row, row.Column, row.Message])).toEqual(
      problems.map(([row, column, , message]) => [
        String(row),
        column,
        typeof message === 'string' ? message : expect.any(String),
      ]),
    );
    const first = await ok(core, 'exchanges.list', { search: 'EX-1001' });
    const record = await ok(core, 'exchanges.get', { id: first.items[0]!.id });
    expect(record).toMatchObject({
      customerId: ada,
      createdAt: '2026-11-02T10:15:00.000Z',
      sent: { amount: '123450', currency: 'EUR' },
      received: { amount: '1320915', currency: 'BTC' },
      rate: '0.0000107',
      fee: { amount: '250', currency: 'EUR' },
      profit: { amount: '1235', currency: 'EUR' },
      profitBaseRate: '1.08',
      status: 'completed',
      history: [{ from: null, to: 'completed', actor: 'importer', reason: expect.stringContaining('import #') }],
    });
    const held = await ok(core, 'exchanges.list', { customerId: grace });
    expect(held.items).toMatchObject([
      {
        reference: 'EX-1007',
        sent: { amount: '1500000000', currency: 'USDT' },
        received: { amount: '149925', currency: 'USD' },
        status: 'on_hold',
      },
    ]);
    // Each exchange and the import itself are in the audit log; nothing else was written.
    const audited = core.storage.reader.$client
      .prepare(`SELECT entity, action FROM audit_log WHERE actor = 'importer' AND entity <> 'customer' ORDER BY id`)
      .all();
    expect(audited).toEqual([
      { entity: 'exchange', action: 'import' },
      { entity: 'exchange', action: 'import' },
      { entity: 'import', action: 'import' },
    ]);
    expect(rowCount(core, 'ledger_entries')).toBe(0);
    const [entry] = await ok(core, 'imports.history', {});
    expect(entry).toMatchObject({ kind: 'exchanges', state: 'done', created: 2, undoable: false });
    expect((await failure(core, 'imports.undo', { id: entry!.id })).code).toBe('CONFLICT');
  });

  it('refuses an update mode for exchanges and a mapping that names no customer column', async () => {
    const { mapping } = await inspect('exchanges-german-excel.csv', 'exchanges');
    const source = chosenFile(core, join(activityFixtures, 'exchanges-german-excel.csv'));
    expect(
      (await failure(core, 'imports.check', { kind: 'exchanges', source, mapping, mode: 'upsertEmail' })).code,
    ).toBe('VALIDATION');
    const { customerEmail: _e, customerReferenceId: _r, ...columns } = mapping.columns;
    const missing = await failure(core, 'imports.check', {
      kind: 'exchanges',
      source,
      mapping: { ...mapping, columns },
    });
    expect(missing.message).toContain('Map Customer email or Customer reference ID');
  });
});

describe('ledger entries from the platform export', () => {
  it('keeps the balance above zero in file order, refuses reversals, foreign currencies and unknown customers', async () => {
    const { mapping } = await inspect('ledger-platform.csv', 'ledger');
    const checked = await dryRun('ledger-platform.csv', 'ledger', mapping);
    expect(checked).toMatchObject({ rows: 9, toCreate: 3, invalid: 5, duplicatesInFile: 1 });
    expect(checked.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Amount', expect.stringContaining('The balance would go below zero (available 10.00 USD)')],
      [6, 'Created at', 'Same customer, kind, amount and time as row 2'],
      [7, 'Amount', 'USD has at most 2 decimals'],
      [8, 'Currency', 'The ledger is kept in USD: convert the amount to USD first'],
      [9, 'Kind', expect.stringContaining('"Reversal" is not one of')],
      [10, 'Customer email', 'No customer has this email'],
    ]);
    const imported = await importFile('ledger-platform.csv', 'ledger', mapping);
    expect(imported).toMatchObject({ toCreate: 3, invalid: 5, errorCount: checked.errorCount });
    expect((await ok(core, 'ledger.list', { customerId: ada })).balance.available).toEqual({
      amount: '500',
      currency: 'USD',
    });
    const entries = await ok(core, 'ledger.list', { customerId: ada });
    expect(entries.items.map((e) => [e.kind, e.amount.amount, e.status, e.reason, e.source])).toEqual(
      expect.arrayContaining([
        ['signup_bonus', '1000', 'confirmed', 'Welcome', 'platform'],
        ['admin_reward', '2000', 'confirmed', 'Goodwill', 'platform'],
        ['withdrawal', '-2500', 'paid', 'Payout SEPA-88121', 'withdrawal'],
      ]),
    );
    expect((await ok(core, 'ledger.verify', {})).problems).toEqual([]);
    const paid = await ok(core, 'withdrawals.list', { customerId: ada });
    expect(paid.items).toMatchObject([
      {
        amount: { amount: '2500', currency: 'USD' },
        method: 'bank_transfer',
        status: 'completed',
        payoutReference: 'SEPA-88121',
      },
    ]);
    // The same file again: every entry is already stored, nothing is added twice.
    const again = await importFile('ledger-platform.csv', 'ledger', mapping);
    expect(again.toCreate).toBe(0);
    expect(rowCount(core, 'ledger_entries')).toBe(3);
  });
});
