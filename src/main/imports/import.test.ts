import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/imports/contract';
import { openCore, type Core } from '../core';
import { chosenFile, testVaultPassphrase } from '../test-support';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/import');
let core: Core;

beforeEach(async () => {
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-import-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
});
afterEach(() => core.close());

async function call<T>(op: string, input: unknown): Promise<T> {
  const result = await core.router.call(op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function source(file: string) {
  return chosenFile(core, join(fixtures, file));
}

/** Runs a dry run or an import to its end; the done job's report is typed by the operation. */
async function runJob(op: 'imports.check' | 'imports.start', input: unknown) {
  const started = await core.router.call(op, input);
  if (!started.ok) throw new Error(`${op}: ${JSON.stringify(started.error)}`);
  const job = await core.jobs.wait(started.value);
  if (job.state !== 'done') throw new Error(`${op} ${job.state}: ${JSON.stringify(job.error)}`);
  return { job, report: job.result };
}

async function mappingOf(file: string) {
  const { mapping, file: facts } = await call<{
    mapping: ImportOptions['mapping'];
    file: { encoding: string; delimiter: string; headers: string[] };
  }>('imports.inspect', { source: source(file) });
  return { mapping, facts };
}

describe('reading real-world files', () => {
  it('detects BOM, semicolons and matches common header names', async () => {
    const { mapping, facts } = await mappingOf('semicolon-bom.csv');
    expect(facts.encoding).toBe('utf-8');
    expect(facts.delimiter).toBe(';');
    expect(facts.headers[0]).toBe('First Name');
    expect(mapping.columns).toMatchObject({
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'E-mail',
      country: 'Country',
      phone: 'Phone 1',
      affiliateProfitShare: 'Profit share',
      birthDate: 'Date of birth',
      labels: 'Tags',
    });
  });

  it('reads Windows-1252 bytes as the accents they are', async () => {
    const { mapping, facts } = await mappingOf('windows-1252.csv');
    expect(facts.encoding).toBe('windows-1252');
    const { job } = await runJob('imports.start', { source: source('windows-1252.csv'), mapping });
    expect(job.state).toBe('done');
    const list = await call<{ items: { firstName: string; lastName: string; country: string }[] }>(
      'customers.list',
      {},
    );
    expect(list.items.map((c) => `${c.firstName} ${c.lastName} ${c.country}`).sort()).toEqual([
      'José Núñez ES',
      'Jürgen Müller DE',
      'Zoë Lefèvre BE',
    ]);
  });
});

describe('dry run and import', () => {
  it('counts what a messy file would do without changing anything', async () => {
    const { mapping } = await mappingOf('semicolon-bom.csv');
    const { job, report } = await runJob('imports.check', { source: source('semicolon-bom.csv'), mapping });
    expect(job.state).toBe('done');
    expect(report).toMatchObject({
      rows: 7,
      // The wrong phone is optional: that row goes in without it, with a warning.
      toCreate: 4,
      toUpdate: 0,
      invalid: 2,
      withWarnings: 1,
      duplicatesInFile: 1,
      duplicatesInDatabase: 0,
    });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        {
          row: 5,
          customer: 'anna.schmidt@example.com',
          column: 'E-mail',
          value: 'anna.schmidt@example.com',
          severity: 'error',
          message: 'Same email as row 2',
        },
        expect.objectContaining({ row: 6, column: 'E-mail', value: 'not-an-email', severity: 'error' }),
        expect.objectContaining({ row: 7, column: 'Country', value: 'Atlantis', severity: 'error' }),
        expect.objectContaining({ row: 8, column: 'Phone 1', value: '12', severity: 'warning' }),
      ]),
    );
    expect(report.errorReport).toMatch(/\.csv$/);
    expect((await call<{ total: number }>('customers.count', {})).total).toBe(0);
  });

  it('imports valid rows with normalised values, skipping invalid ones, and keeps a history', async () => {
    const { mapping } = await mappingOf('semicolon-bom.csv');
    const { report } = await runJob('imports.start', {
      source: source('semicolon-bom.csv'),
      mapping,
      onInvalid: 'skip',
    });
    expect(report).toMatchObject({ toCreate: 4, withWarnings: 1, refused: false });
    const { items } = await call<{ items: { id: number; email: string; phone: string | null }[] }>('customers.list', {
      sort: 'email',
    });
    expect(items.map((c) => c.email)).toEqual([
      'anna.schmidt@example.com',
      'claire.martin@example.fr',
      'oliver.brown@example.co.uk',
      'wrongphone@example.com',
    ]);
    expect(items[3]?.phone).toBeNull();
    const anna = await call<Record<string, unknown>>('customers.get', { id: items[0]!.id });
    expect(anna).toMatchObject({
      country: 'DE',
      phone: '+49301234567',
      gender: 'female',
      affiliateProfitShare: '12.50',
      birthDate: '1988-05-24',
      labels: ['gold', 'vip'],
      // The cell's CRLF is stored as a newline (multi-line text).
      address: 'Hauptstraße 5;\n10115 Berlin',
      newsletter: true,
    });
    const oliver = await call<Record<string, unknown>>('customers.get', { id: items[2]!.id });
    expect(oliver).toMatchObject({ phone: '+442079460958', phoneExtension: '12', country: 'GB' });
    const [entry] = await call<{ state: string; created: number; skipped: number; fileHash: string }[]>(
      'imports.history',
      {},
    );
    expect(entry).toMatchObject({ state: 'done', created: 4, skipped: 3 });
    expect(entry?.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the whole file when asked, leaving the database untouched', async () => {
    const { mapping } = await mappingOf('semicolon-bom.csv');
    const { report } = await runJob('imports.start', {
      source: source('semicolon-bom.csv'),
      mapping,
      onInvalid: 'refuse',
    });
    expect(report.refused).toBe(true);
    expect((await call<{ total: number }>('customers.count', {})).total).toBe(0);
    const [entry] = await call<{ state: string }[]>('imports.history', {});
    expect(entry?.state).toBe('refused');
  });

  it('needs a value for required columns the file lacks, then uses it for every row', async () => {
    const { mapping } = await mappingOf('tab-missing-required.tsv');
    const refused = await core.router.call('imports.check', { source: source('tab-missing-required.tsv'), mapping });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(refused)).toContain('Gender is required');
    const withConstants = { ...mapping, constants: { gender: 'other', affiliateProfitShare: '0' } };
    const { report } = await runJob('imports.start', {
      source: source('tab-missing-required.tsv'),
      mapping: withConstants,
    });
    expect(report).toMatchObject({ toCreate: 2, invalid: 0 });
  });

  it('duplicates against the database are skipped in insert mode and updated in upsert mode', async () => {
    const { mapping } = await mappingOf('windows-1252.csv');
    await runJob('imports.start', { source: source('windows-1252.csv'), mapping });
    const again = await runJob('imports.check', { source: source('windows-1252.csv'), mapping });
    expect(again.report).toMatchObject({ toCreate: 0, duplicatesInDatabase: 3 });
    const upsert = await runJob('imports.start', { source: source('windows-1252.csv'), mapping, mode: 'upsertEmail' });
    expect(upsert.report).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3, duplicatesInDatabase: 0 });
    const changed = {
      ...mapping,
      columns: { ...mapping.columns, companyName: undefined },
      constants: { companyName: 'Acme' },
    };
    delete changed.columns.companyName;
    const updated = await runJob('imports.start', {
      source: source('windows-1252.csv'),
      mapping: changed,
      mode: 'upsertEmail',
    });
    expect(updated.report).toMatchObject({ toCreate: 0, toUpdate: 3 });
    const { items } = await call<{ items: { id: number }[] }>('customers.list', {});
    const customer = await call<{ companyName: string; version: number }>('customers.get', { id: items[0]!.id });
    expect(customer).toMatchObject({ companyName: 'Acme', version: 2 });
  }, 120_000);
});

describe('many rows, written in batches', () => {
  it('stores each new customer as the form does: search, labels, first reviews, approvals, audit', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-import-files-')), 'batches.csv');
    // More than two write batches, the last one partial; every 7th row has its email verified.
    const total = 10_611;
    const rows = Array.from(
      { length: total },
      (_, i) =>
        `Zoë${i},Núñez,z${i}@example.com,Spain,${i % 2 ? `+34 6${String(i).padStart(8, '0')}` : ''},${i % 7 === 0 ? 'yes' : 'no'},"vip; tier-${i % 3}"`,
    );
    const verified = Math.ceil(total / 7);
    const withPhone = Math.floor(total / 2);
    writeFileSync(file, `First name,Last name,Email,Country,Phone,Email verified,Labels\n${rows.join('\n')}\n`);
    const path = chosenFile(core, file);
    const { mapping } = await call<{ mapping: ImportOptions['mapping'] }>('imports.inspect', { source: path });
    const { report } = await runJob('imports.start', {
      source: path,
      mapping: { ...mapping, constants: { gender: 'other', affiliateProfitShare: '5' } },
    });
    expect(report).toMatchObject({ toCreate: total, invalid: 0 });

    const sql = core.storage.reader.$client;
    const count = (query: string) => sql.prepare(query).pluck().get() as number;
    expect(count('SELECT count(*) FROM customers')).toBe(total);
    // Every row in the search index; found by name with accents folded, and by email.
    expect(count("SELECT count(*) FROM customer_search WHERE customer_search MATCH 'name:nunez'")).toBe(total);
    for (const search of ['zoe10610 nunez', 'z10610@example.com']) {
      const found = await call<{ items: { email: string }[] }>('customers.list', { search });
      expect(found.items.map((c) => c.email)).toEqual(['z10610@example.com']);
    }
    expect(sql.prepare('SELECT label, count FROM label_counts ORDER BY label').all()).toEqual([
      { label: 'tier-0', count: total / 3 },
      { label: 'tier-1', count: total / 3 },
      { label: 'tier-2', count: total / 3 },
      { label: 'vip', count: total },
    ]);
    // Email waits for review unless marked verified; phone waits when there is one.
    const checks = (check: string, state: string) =>
      count(`SELECT count(*) FROM kyc_checks WHERE "check" = '${check}' AND state = '${state}'`);
    expect(checks('email', 'approved')).toBe(verified);
    expect(checks('email', 'pending')).toBe(total - verified);
    expect(checks('phone', 'pending')).toBe(withPhone);
    expect(count('SELECT count(*) FROM kyc_queue')).toBe(
      count("SELECT count(DISTINCT customer_id) FROM kyc_checks WHERE state = 'pending'"),
    );
    expect(count("SELECT count(*) FROM kyc_decisions WHERE outcome = 'approved'")).toBe(verified);
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND action = 'import'")).toBe(total);
    // Customers keep the file's order.
    expect(count("SELECT id FROM customers WHERE email = 'z10610@example.com'")).toBe(total);
    const customer = await call<{ id: number; verificationProgress: number }>('customers.get', { id: 1 });
    expect(customer.verificationProgress).toBeGreaterThan(0);
    const history = await call<{ action: string; reason: string }[]>('customers.history', { id: total });
    expect(history[0]).toMatchObject({
      action: 'import',
      reason: expect.stringMatching(/^Import #\d+ of batches\.csv$/),
    });
  }, 120_000);
});

describe('mapping presets and template', () => {
  it('saves, replaces by name (any case), lists and deletes presets', async () => {
    const mapping = { columns: { email: 'E-mail' }, constants: { gender: 'other', affiliateProfitShare: '5' } };
    await call('imports.presets.save', { name: 'CRM export', mapping });
    const replaced = await call<{ id: number }>('imports.presets.save', {
      name: 'crm EXPORT',
      mapping: { columns: { email: 'Mail' }, constants: {} },
    });
    const presets = await call<{ id: number; name: string; mapping: unknown }[]>('imports.presets.list', {});
    expect(presets).toEqual([
      expect.objectContaining({
        name: 'crm EXPORT',
        mapping: { columns: { email: 'Mail' }, constants: {}, values: {} },
      }),
    ]);
    await call('imports.presets.delete', { id: replaced.id });
    expect(await call('imports.presets.list', {})).toEqual([]);
  });

  it('generates a template with every column that imports its own example row', async () => {
    const { csv } = await call<{ csv: string }>('imports.template', {});
    const [header] = csv.split('\r\n');
    expect(header?.split(',')).toEqual(
      expect.arrayContaining(['firstName', 'email', 'billing.city', 'shipping.country', 'labels']),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-import-files-')), 'template.csv');
    writeFileSync(file, csv);
    const { mapping } = await call<{ mapping: ImportOptions['mapping'] }>('imports.inspect', {
      source: chosenFile(core, file),
    });
    const { report } = await runJob('imports.check', { source: chosenFile(core, file), mapping });
    expect(report).toMatchObject({ rows: 1, toCreate: 1, errorCount: 0 });
  });
});
