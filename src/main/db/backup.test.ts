import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backupBeforeMigration, backupsKept } from './backup';

let dataDir: string;
let db: Database.Database;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kyc-backup-'));
  db = new Database(join(dataDir, 'kyc-desk.sqlite'));
  db.exec('CREATE TABLE t (v BLOB)');
  const insert = db.prepare('INSERT INTO t VALUES (randomblob(4000))');
  for (let i = 0; i < 200; i++) insert.run();
});
afterEach(() => {
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const backups = () => readdirSync(join(dataDir, 'backups')).sort();
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 12, minute));
const eachPage = () => 1;

it('a copy cut off part way leaves nothing that looks like a backup, and is cleared by the next one', async () => {
  let steps = 0;
  const failing = backupBeforeMigration(db, dataDir, () => {
    if (++steps === 20) throw new Error('killed');
    return 1;
  });
  await expect(failing).rejects.toThrow('killed');
  expect(backups().filter((name) => name.endsWith('.sqlite'))).toEqual([]);
  // What a kill -9 during the copy leaves behind.
  writeFileSync(join(dataDir, 'backups', 'kyc-desk-2026-12-01T11-00-00-000Z-before-migration.sqlite.partial'), 'half');

  const file = await backupBeforeMigration(db, dataDir, eachPage, at(1));
  expect(backups()).toEqual(['kyc-desk-2026-12-01T12-01-00-000Z-before-migration.sqlite']);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const copy = new Database(file, { readonly: true });
  expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(200);
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  copy.close();
});

it(`keeps the newest ${backupsKept} copies`, async () => {
  for (const minute of [1, 2, 3, 4, 5]) await backupBeforeMigration(db, dataDir, eachPage, at(minute));
  expect(backups()).toEqual(
    [3, 4, 5].map((minute) => `kyc-desk-2026-12-01T12-0${minute}-00-000Z-before-migration.sqlite`),
  );
});
