import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openCore } from '../core';
import { imports } from '../db/schema';
import { downloadPath, uploadPath } from './files';
import { testVaultPassphrase } from '../test-support';

it('opening the data folder removes old exports and abandoned uploads, keeping reports the history links to', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kyc-prune-'));
  const first = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  const now = new Date().toISOString();
  await first.storage.withTransaction((tx) =>
    tx.insert(imports).values({
      fileName: 'old.csv',
      fileHash: 'h',
      fileSize: 1,
      mode: 'insert',
      onInvalid: 'skip',
      onWarning: 'import',
      state: 'done',
      rows: 1,
      created: 0,
      updated: 0,
      skipped: 1,
      errorCount: 1,
      errorReport: 'import-errors-1.csv',
      message: null,
      mapping: { columns: {}, constants: {}, values: {} },
      actor: 'test',
      startedAt: now,
      finishedAt: now,
    }),
  );
  await first.close();

  const weeksAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
  const hoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
  const file = (path: string, age: Date) => {
    writeFileSync(path, 'x');
    utimesSync(path, age, age);
    return path;
  };
  const oldExport = file(downloadPath(dataDir, 'customers-2026-01-01.csv'), weeksAgo);
  const oldReport = file(downloadPath(dataDir, 'import-errors-1.csv'), weeksAgo);
  const recentExport = file(downloadPath(dataDir, 'customers-2026-12-01.xlsx'), hoursAgo);
  mkdirSync(join(dataDir, 'tmp', 'uploads'), { recursive: true });
  const abandonedUpload = file(uploadPath(dataDir, 'a1b2'), weeksAgo);
  const freshUpload = file(uploadPath(dataDir, 'c3d4'), hoursAgo);

  const second = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  await second.close();
  expect(existsSync(oldExport)).toBe(false);
  expect(existsSync(abandonedUpload)).toBe(false);
  expect(existsSync(oldReport)).toBe(true);
  expect(existsSync(recentExport)).toBe(true);
  expect(existsSync(freshUpload)).toBe(true);
});
