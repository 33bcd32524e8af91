import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityExportInput } from '../../shared/exports/activity';
import type { ImportKind } from '../../shared/imports/kinds';
import { adaAndGrace, exportedTo, hasSoffice, importsOn, resaved } from '../imports/activity/test-imports';
import { addExchange, chosenFile, doneJob, ok, openTestCore } from '../test-support';

const ledgerFixture = join(import.meta.dirname, '../../../tests/fixtures/import/activity/ledger-platform.csv');

type TestCore = Awaited<ReturnType<typeof openTestCore>>;
let from: TestCore;
let to: TestCore;
let work: string;

/** The same two customers on both desks: the file names them by email and by reference ID. */
async function customersOn(core: TestCore): Promise<[number, number]> {
  const { ada, grace } = await adaAndGrace(core);
  return [ada, grace];
}

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'kyc-activity-trip-'));
  from = await openTestCore('exporter');
  to = await openTestCore('importer');
  const [ada, grace] = await customersOn(from);
  await customersOn(to);
  await addExchange(from, ada, {
    reference: 'EX-EUR-BTC',
    received: { amount: '132091', currency: 'BTC' },
    rate: '0.0000107',
    status: 'completed',
  });
  await addExchange(from, grace, {
    reference: 'EX-ETH-JPY',
    createdAt: '2026-11-03T08:30:15.250Z',
    sent: { amount: '1234567890123456789', currency: 'ETH' },
    received: { amount: '512000', currency: 'JPY' },
    rate: '414720.12345678',
    fee: { amount: '1000000000000000', currency: 'ETH' },
    profit: { amount: '2000000000000000', currency: 'ETH' },
    profitBaseRate: '2789.5',
    receivingAccount: '=HYPERLINK("http://x")',
    status: 'on_hold',
  });
  const source = chosenFile(from, ledgerFixture);
  const { mapping } = await ok(from, 'imports.inspect', { source, kind: 'ledger' });
  await doneJob(from, await ok(from, 'imports.start', { kind: 'ledger', source, mapping }));
});
afterEach(async () => {
  await from.dispose();
  await to.dispose();
});

const exported = (input: ActivityExportInput) => exportedTo(from, work, input);
const imported = (file: string, kind: ImportKind) => importsOn(to).importFile(file, kind);

/** Every exchange as the desk shows it, without what differs by desk (ids, history, actors). */
async function exchangesOf(core: TestCore) {
  const { items } = await ok(core, 'exchanges.list', {});
  const records = await Promise.all(items.map((item) => ok(core, 'exchanges.get', { id: item.id })));
  return records.map(
    ({ id: _id, customerId: _c, history: _h, statusChangedAt: _s, affiliateBonus: _a, ...rest }) => rest,
  );
}

async function ledgerOf(core: TestCore, email: string) {
  const { items } = await ok(core, 'customers.list', { search: email });
  const { items: entries, balance } = await ok(core, 'ledger.list', { customerId: items[0]!.id });
  return {
    balance,
    entries: entries.map((entry) => [entry.kind, entry.amount, entry.status, entry.createdAt, entry.reason]),
  };
}

describe('activity exported by the desk imports back exactly', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`exchanges and a ledger through ${format.toUpperCase()}`, async () => {
      const exchanges = await imported(await exported({ kind: 'exchanges', format }), 'exchanges');
      expect(exchanges).toMatchObject({ rows: 2, toCreate: 2, errorCount: 0 });
      expect(await exchangesOf(to)).toEqual(await exchangesOf(from));
      const { items } = await ok(from, 'customers.list', { search: 'ada@example.com' });
      const ledger = await imported(await exported({ kind: 'ledger', format, customerId: items[0]!.id }), 'ledger');
      expect(ledger).toMatchObject({ rows: 3, toCreate: 3, errorCount: 0 });
      expect(await ledgerOf(to, 'ada@example.com')).toEqual(await ledgerOf(from, 'ada@example.com'));
    });
  }

  it('exports the exchange list with its filters: amounts as exact decimals beside their currency', async () => {
    const { items } = await ok(from, 'customers.list', { search: 'grace@example.com' });
    const file = await exported({
      kind: 'exchanges',
      format: 'csv',
      filters: { status: ['on_hold'], customerId: items[0]!.id },
    });
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'Reference,Customer email,Customer reference ID,Created at,Sent amount,Sent currency,Received amount,Received currency,Rate,Fee,Profit,Profit currency,Profit base rate,Profit in base currency,Receiving account,Status',
    );
    // 18 digits of ETH are text for a spreadsheet (it would round them); the formula in the account is neutralised.
    expect(lines[1]).toBe(
      'EX-ETH-JPY,grace@example.com,CUS-2002,2026-11-03T08:30:15.250Z,"=""1.234567890123456789""",ETH,512000,JPY,414720.12345678,0.001000000000000000,0.002000000000000000,ETH,2789.5,5.57,"=""=HYPERLINK(""""http://x"""")""",On hold',
    );
  });

  it.skipIf(!hasSoffice)(
    'a CSV and an XLSX re-saved by LibreOffice import back the same',
    async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const file = resaved(await exported({ kind: 'exchanges', format }), work, format);
        const result = await imported(file, 'exchanges');
        expect(result.errors).toEqual([]);
        expect(await exchangesOf(to)).toEqual(await exchangesOf(from));
        // The second format finds the first one's exchanges already here.
        if (format === 'csv') {
          await to.dispose();
          to = await openTestCore('importer');
          await customersOn(to);
        }
      }
    },
    240_000,
  );
});
