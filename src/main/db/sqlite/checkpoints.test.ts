import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from './database';
import { openSqliteStorage, type SqliteStorage } from './storage';
import { WriteTurn } from './write-turn';

/** Writes about 8 MB (some 2,000 pages, over SQLite's 1,000-page checkpoint mark) in one core transaction. */
const writeMegabytes = (storage: SqliteStorage) =>
  storage.withTransaction((tx) => {
    sqliteOf(tx).$client.exec(
      `CREATE TABLE IF NOT EXISTS filler (data BLOB);
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
       INSERT INTO filler SELECT randomblob(4000) FROM n;`,
    );
  });

describe('checkpoints', () => {
  let dir: string;
  let file: string;
  let turn: WriteTurn;
  let storage: SqliteStorage;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kyc-checkpoints-'));
    file = join(dir, 'test.sqlite');
    turn = new WriteTurn();
    storage = await openSqliteStorage(file, { writeTurn: turn });
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a core commit copies a full WAL into the database file, as SQLite does by default', async () => {
    await writeMegabytes(storage);
    expect(statSync(file).size).toBeGreaterThan(7_000_000);
  });

  it('while a job writes in batches, a core commit leaves the WAL to the job', async () => {
    turn.bulkJobRunning(true);
    await writeMegabytes(storage);
    expect(statSync(file).size).toBeLessThan(1_000_000);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(7_000_000);

    turn.bulkJobRunning(false);
    await storage.withTransaction((tx) => sqliteOf(tx).$client.exec('INSERT INTO filler VALUES (1)'));
    expect(statSync(file).size).toBeGreaterThan(7_000_000);
  });
});
