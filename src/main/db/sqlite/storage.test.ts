import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { openCore } from '../../core';
import { newCustomer } from '../../test-support';
import type { ReadableDB } from '../handles';
import { migrateDatabase } from '../migrate';
import { kycSettings } from '../schema';
import { openSqliteStorage, type SqliteStorage } from './storage';
import { testVaultPassphrase } from '../../test-support';

/** A promise and the function that settles it, to hold a transaction open across awaits. */
function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const valueOf = async (db: ReadableDB, key: string) =>
  (await db.select().from(kycSettings).where(eq(kycSettings.key, key)))[0]?.value;

describe('SQLite storage', () => {
  let dir: string;
  let file: string;
  let storage: SqliteStorage;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kyc-storage-'));
    file = join(dir, 'test.sqlite');
    storage = await openSqliteStorage(file, {
      busyTimeoutMs: 50,
      beforeReads: (writer) => migrateDatabase(writer, 'drizzle', dir),
    });
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads committed data only: an open transaction is not seen until it commits', async () => {
    const held = gate();
    const written = gate();
    const transaction = storage.withTransaction(async (tx) => {
      await tx.insert(kycSettings).values({ key: 'a', value: 1 });
      expect(await valueOf(tx, 'a')).toBe(1);
      written.open();
      await held.opened;
    });
    await written.opened;
    expect(await storage.read((db) => valueOf(db, 'a'))).toBeUndefined();
    held.open();
    await transaction;
    expect(await storage.read((db) => valueOf(db, 'a'))).toBe(1);
  });

  it('runs transactions one after another, even when one awaits', async () => {
    const steps: string[] = [];
    const held = gate();
    const first = storage.withTransaction(async (tx) => {
      steps.push('first begins');
      await held.opened;
      await tx.insert(kycSettings).values({ key: 'n', value: 1 });
      steps.push('first ends');
    });
    const second = storage.withTransaction(async (tx) => {
      steps.push('second begins');
      const n = (await valueOf(tx, 'n')) as number;
      await tx
        .update(kycSettings)
        .set({ value: n + 1 })
        .where(eq(kycSettings.key, 'n'));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual(['first begins']);
    held.open();
    await Promise.all([first, second]);
    expect(steps).toEqual(['first begins', 'first ends', 'second begins']);
    expect(await storage.read((db) => valueOf(db, 'n'))).toBe(2);
  });

  it('refuses a transaction inside a transaction, and the outer one can still go on', async () => {
    await storage.withTransaction(async (tx) => {
      await expect(storage.withTransaction(() => undefined)).rejects.toThrow(/inside a transaction/);
      await tx.insert(kycSettings).values({ key: 'outer', value: true });
    });
    expect(await storage.read((db) => valueOf(db, 'outer'))).toBe(true);
  });

  it('rolls back everything when the work throws, and the next transaction starts clean', async () => {
    await expect(
      storage.withTransaction(async (tx) => {
        await tx.insert(kycSettings).values({ key: 'lost', value: 1 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await storage.read((db) => valueOf(db, 'lost'))).toBeUndefined();
    await storage.withTransaction((tx) => tx.insert(kycSettings).values({ key: 'kept', value: 2 }));
    expect(await storage.read((db) => valueOf(db, 'kept'))).toBe(2);
  });

  it('answers BUSY, a retryable error, while another connection holds the write lock', async () => {
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const attempt = storage.withTransaction((tx) => tx.insert(kycSettings).values({ key: 'b', value: 1 }), {
        what: 'saving the test value',
      });
      await expect(attempt).rejects.toBeInstanceOf(ApiError);
      await expect(attempt).rejects.toMatchObject({
        code: 'BUSY',
        message: 'The desk is busy with other work and could not finish saving the test value; try again',
      });
      // Reads go on meanwhile, and once the lock is free the same write succeeds.
      expect(await storage.read((db) => valueOf(db, 'b'))).toBeUndefined();
      other.exec('ROLLBACK');
      await storage.withTransaction((tx) => tx.insert(kycSettings).values({ key: 'b', value: 1 }));
      expect(await storage.read((db) => valueOf(db, 'b'))).toBe(1);
    } finally {
      other.close();
    }
  });
});

describe('the router on a busy database', () => {
  it('returns BUSY, never INTERNAL, and nothing was written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kyc-busy-'));
    const internal: unknown[] = [];
    const core = await openCore({
      dataDir,
      migrationsFolder: 'drizzle',
      vaultPassphrase: testVaultPassphrase,
      busyTimeoutMs: 50,
      onInternalError: (error) => internal.push(error),
    });
    const other = new Database(join(dataDir, 'kyc-desk.sqlite'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const result = await core.router.call('customers.create', newCustomer());
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'BUSY',
          message: 'The desk is busy with other work and could not finish saving the customer; try again',
        },
      });
      expect(internal).toEqual([]);
      other.exec('ROLLBACK');
      expect(await core.router.call('customers.list', {})).toMatchObject({ ok: true, value: { items: [] } });
    } finally {
      other.close();
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
