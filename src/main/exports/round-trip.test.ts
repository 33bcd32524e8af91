import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumnPresets } from '../../shared/exports/columns';
import { openCore, type Core } from '../core';
import { downloadPath } from '../jobs/files';
import { seedDatabase } from '../seed/seed';
import { chosenFile, doneJob, ok } from '../test-support';
import { createCustomers, editableCustomersOf, trickyCustomers } from './test-customers';
import { testVaultPassphrase } from '../test-support';

let source: Core;
let target: Core;

beforeAll(async () => {
  source = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-trip-a-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  target = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-trip-b-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  await createCustomers(source, trickyCustomers);
  await seedDatabase(source.storage, { chain: source.decisionChain, customers: 300, seed: 11 });
});
afterAll(async () => {
  await source.close();
  await target.close();
});

async function call<T>(core: Core, operation: string, input: unknown): Promise<T> {
  const result = await core.router.call(operation, input);
  if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('export, then import into an empty database', () => {
  it('gives the same customers', async () => {
    const columns = exportColumnPresets.transfer.columns;
    const exported = await doneJob(source, await ok(source, 'exports.customers', { format: 'csv', columns }));
    const path = downloadPath(source.dataDir, exported.result.downloadName);

    // Customers point at exchange monitors by id: the new database gets the same monitors first,
    // active while the import runs (new customers may only join active ones), retired after.
    const monitors = await call<{ id: number; name: string; url: string | null; active: boolean }[]>(
      source,
      'monitors.list',
      {},
    );
    monitors.sort((a, b) => a.id - b.id);
    for (const { name, url } of monitors) await call(target, 'monitors.create', { name, url, active: true });

    const sourceFile = chosenFile(target, path);
    const { mapping } = await ok(target, 'imports.inspect', { source: sourceFile });
    const imported = await doneJob(target, await ok(target, 'imports.start', { source: sourceFile, mapping }));
    for (const monitor of monitors.filter((m) => !m.active)) await call(target, 'monitors.update', monitor);
    const report = imported.result;
    expect(report.errors.slice(0, 5)).toEqual([]);
    expect(report.toCreate).toBe(308);

    const before = await editableCustomersOf(source);
    const after = await editableCustomersOf(target);
    expect(after.size).toBe(before.size);
    for (const [email, data] of before) expect(after.get(email), email).toEqual(data);
  });
});
