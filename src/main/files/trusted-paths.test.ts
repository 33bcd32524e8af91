import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../core';
import { chosenFile, failure, newCustomer, ok, openTestCore, rowCount, uploadProof } from '../test-support';
import { isWithin } from './trusted-paths';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;
let core: TestCore;
let outside: string;
let csv: string;

beforeAll(async () => {
  core = await openTestCore();
  const customer = await ok(core, 'customers.create', newCustomer({ email: 'kept@example.com' }));
  // A stored document: the vault and its key exist.
  await uploadProof(core, customer.id);
  outside = mkdtempSync(join(tmpdir(), 'kyc-outside-'));
  csv = join(outside, 'clients.csv');
  writeFileSync(csv, 'First name,Email\nAda,ada@example.com\n');
});
afterAll(async () => {
  await core.dispose();
  rmSync(outside, { recursive: true, force: true });
});

const inspect = (path: string) => failure(core, 'imports.inspect', { source: { kind: 'path', path } });

describe('reading a file by path', () => {
  it('refuses a path no trusted caller registered, on every operation that takes a source', async () => {
    for (const path of ['/etc/passwd', csv]) {
      expect(await inspect(path)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const source = { kind: 'path', path: csv };
    const mapping = { columns: { firstName: 'First name', email: 'Email' }, constants: {} };
    expect(await failure(core, 'imports.check', { source, mapping })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(core, 'imports.start', { source, mapping })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await inspect('/etc/passwd')).message).not.toContain('root');
  });

  it('reads a registered file outside the data folder, and one in a sibling folder named like it', async () => {
    const inspected = await ok(core, 'imports.inspect', { source: chosenFile(core, csv) });
    expect(inspected.file.headers).toEqual(['First name', 'Email']);
    const sibling = `${core.dataDir}-old`;
    mkdirSync(sibling);
    try {
      writeFileSync(join(sibling, 'c.csv'), 'Email\nb@example.com\n');
      expect(
        (await ok(core, 'imports.inspect', { source: chosenFile(core, join(sibling, 'c.csv')) })).file.headers,
      ).toEqual(['Email']);
    } finally {
      rmSync(sibling, { recursive: true, force: true });
    }
  });

  it('refuses anything inside the data folder, even when registered: the vault key, the live database, links, ..', async () => {
    const link = join(outside, 'innocent.csv');
    symlinkSync(join(core.dataDir, databaseFileName), link);
    const dotted = join(outside, '..', basename(core.dataDir), 'vault', 'key.json');
    const candidates = [
      join(core.dataDir, 'vault', 'key.json'),
      join(core.dataDir, databaseFileName),
      `${join(core.dataDir, databaseFileName)}-wal`,
      link,
      dotted,
      core.dataDir,
    ];
    for (const path of candidates) {
      expect(existsSync(path), path).toBe(true);
      chosenFile(core, path);
      expect(await inspect(path), path).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/data folder/),
      });
    }
    // A `..` path is not the registered file it resolves around.
    expect(await inspect(join(outside, 'sub', '..', '..', '..', 'etc', 'passwd'))).toMatchObject({ code: 'FORBIDDEN' });
    // The database kept its locks and its data: nothing opened it behind SQLite's back.
    expect(rowCount(core, 'customers')).toBe(1);
    expect(
      execFileSync('sqlite3', [join(core.dataDir, databaseFileName), 'PRAGMA integrity_check'])
        .toString()
        .trim(),
    ).toBe('ok');
  });

  it('says NOT_FOUND for a registered file that is gone', async () => {
    expect(await inspect(chosenFile(core, join(outside, 'gone.csv')).path)).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('isWithin', () => {
  it('compares by path segments', () => {
    expect(isWithin('/data', '/data')).toBe(true);
    expect(isWithin('/data', '/data/vault/key.json')).toBe(true);
    expect(isWithin('/data', '/data-old/x.csv')).toBe(false);
    expect(isWithin('/data', '/')).toBe(false);
    expect(isWithin('/data', '/data/..x')).toBe(true);
  });
});
