import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumnPresets, presetHeaders } from '../../shared/exports/columns';
import { openCore, type Core } from '../core';
import { downloadPath } from '../jobs/files';
import { seedDatabase } from '../seed/seed';
import { chosenFile, doneJob, ok } from '../test-support';
import { createCustomers, editableCustomersOf, trickyCustomers } from './test-customers';
import { testVaultPassphrase } from '../test-support';

let source: Core;
const targets: Core[] = [];

const emptyDesk = async (): Promise<Core> => {
  const core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-trip-b-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  targets.push(core);
  return core;
};

beforeAll(async () => {
  source = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-trip-a-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  await createCustomers(source, trickyCustomers);
  await seedDatabase(source.storage, { chain: source.decisionChain, customers: 300, seed: 11 });
});
afterAll(async () => {
  await source.close();
  for (const target of targets) await target.close();
});

async function call<T>(core: Core, operation: string, input: unknown): Promise<T> {
  const result = await core.router.call(operation, input);
  if (!result.ok) throw new Error(`${operation}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('export, then import into an empty database', () => {
  // The desk-to-desk file is headed by keys, every other export by labels ("First name"): the
  // importer recognises both, so a person's export of every field comes back whole too.
  it.each([
    { preset: 'transfer', header: 'firstName' },
    { preset: 'all', header: 'First name' },
  ] as const)('gives the same customers from the $preset preset (headed "$header")', async ({ preset, header }) => {
    const target = await emptyDesk();
    const { columns } = exportColumnPresets[preset];
    const headers = presetHeaders(preset);
    const exported = await doneJob(source, await ok(source, 'exports.customers', { format: 'csv', columns, headers }));
    const path = downloadPath(source.dataDir, exported.result.downloadName);
    expect(readFileSync(path, 'utf8').replace('\uFEFF', '').split('\r\n')[0]?.split(',')).toContain(header);

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
