import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receiveUpload } from './file-transfer';
import { databaseFileName, openCore, type Core } from '../main/core';
import { olderDatabase } from '../main/db/older-release';
import { doneJob, newCustomer, ok, testVaultPassphrase, uploadProof } from '../main/test-support';

let work: string;
let dataDir: string;
let core: Core;
let server: Server;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kyc-private-'));
  dataDir = join(work, 'data');
  // As an earlier version left it: folder and database readable by everyone, an upgrade pending.
  mkdirSync(dataDir, { mode: 0o755 });
  chmodSync(dataDir, 0o755);
  olderDatabase(join(dataDir, databaseFileName), work).close();
  chmodSync(join(dataDir, databaseFileName), 0o644);
  core = await openCore({
    dataDir,
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
    onInternalError: () => undefined,
  });
  server = createServer((req, res) => void receiveUpload(req, res, dataDir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
});

/** Every folder and file under `dir` with its permission bits. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([['.', statSync(dir).mode & 0o777]]);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), statSync(path).mode & 0o777);
  }
  return found;
}

it('keeps every folder 0700 and every file 0600 after real work on the data folder', async () => {
  const customer = await ok(core, 'customers.create', newCustomer());
  await uploadProof(core, customer.id);
  // A CSV uploaded as the browser host receives it, with one invalid row (an error report).
  const csv =
    'First name,Email,Country,Gender,Affiliate profit share\nAda,ada@example.com,GB,female,1\nBo,not-an-email,GB,male,1\n';
  const { port } = server.address() as AddressInfo;
  const uploaded = (await (await fetch(`http://127.0.0.1:${port}/`, { method: 'PUT', body: csv })).json()) as {
    uploadId: string;
  };
  const source = { kind: 'upload' as const, uploadId: uploaded.uploadId, fileName: 'clients.csv' };
  const { mapping } = await ok(core, 'imports.inspect', { source });
  const imported = await doneJob(core, await ok(core, 'imports.check', { source, mapping }));
  expect(imported.result.errorReport).not.toBeNull();
  await doneJob(core, await ok(core, 'exports.customers', { format: 'csv' }));

  const found = modes(dataDir);
  const names = [...found.keys()];
  // What the walk must have seen for the check to mean anything.
  for (const expected of [
    databaseFileName,
    `${databaseFileName}-wal`,
    'vault',
    'backups',
    'downloads',
    'tmp/uploads',
  ]) {
    expect(names, expected).toContain(expected);
  }
  expect(names.some((name) => name.startsWith('backups/') && name.endsWith('.sqlite'))).toBe(true);
  expect(names.some((name) => name.startsWith('downloads/import-errors-'))).toBe(true);
  expect(names.some((name) => name.startsWith('downloads/customers-'))).toBe(true);
  expect(names.some((name) => name.startsWith('tmp/uploads/'))).toBe(true);
  const open = [...found].filter(
    ([name, mode]) => mode !== (statSync(join(dataDir, name)).isDirectory() ? 0o700 : 0o600),
  );
  expect(open.map(([name, mode]) => `${name} ${mode.toString(8)}`)).toEqual([]);
});
