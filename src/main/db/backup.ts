import { chmodSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncPath } from '../files/durable';
import { privateFileMode, privateFolder } from '../files/private';

/** Pre-migration copies kept: enough to step back a few releases without filling the disk. */
export const backupsKept = 3;
const backupName = /^kyc-desk-.+-before-migration\.sqlite$/;
const partialSuffix = '.partial';

/**
 * Saves a copy of the database in `<data>/backups/` before a migration changes it. The copy is
 * written under a temporary name and renamed once complete and on disk, so a crash mid-copy
 * never leaves something that looks like a backup (it opens as an empty database); what such
 * a crash left is removed next time, and only the newest `backupsKept` copies stay.
 */
export async function backupBeforeMigration(
  client: Database.Database,
  dataDir: string,
  progress: (info: { totalPages: number; remainingPages: number }) => number,
  now: Date = new Date(),
): Promise<string> {
  const backups = privateFolder(join(dataDir, 'backups'));
  for (const name of readdirSync(backups))
    if (name.endsWith(partialSuffix)) rmSync(join(backups, name), { force: true });
  const file = join(backups, `kyc-desk-${now.toISOString().replace(/[:.]/g, '-')}-before-migration.sqlite`);
  const partial = `${file}${partialSuffix}`;
  await client.backup(partial, { progress });
  chmodSync(partial, privateFileMode);
  fsyncPath(partial);
  renameSync(partial, file);
  fsyncPath(backups);
  pruneBackups(backups);
  return file;
}

/** Removes all but the newest copies (their names sort by time). */
function pruneBackups(backups: string): void {
  const names = readdirSync(backups)
    .filter((name) => backupName.test(name))
    .sort();
  for (const name of names.slice(0, -backupsKept)) rmSync(join(backups, name), { force: true });
}
